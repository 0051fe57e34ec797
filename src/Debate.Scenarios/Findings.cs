using System.Collections.Immutable;
using System.Globalization;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios;

/// <summary>
/// Collects the problems of one load, every one with its position, so that the loader can report
/// them all at once. Stops recording after <see cref="Limit"/> so junk input cannot flood the caller.
/// </summary>
internal sealed class Findings(string path)
{
    public const int Limit = 300;

    private readonly List<Diagnostic> items = [];
    private int dropped;

    public string Path { get; } = path;

    public bool HasErrors { get; private set; }

    public int Count => items.Count;

    /// <summary>What a syntax error left out of the check (<see cref="SyntaxRecovery"/>); later checks consult it.</summary>
    public SyntaxCuts Cuts { get; set; } = SyntaxCuts.None;

    public void Error(Mark at, string message, string hint = "") => Add(new Diagnostic(Path, at.Line, at.Column, Severity.Error, message, hint));

    public void Warning(Mark at, string message, string hint = "") => Add(new Diagnostic(Path, at.Line, at.Column, Severity.Warning, message, hint));

    public void Add(Diagnostic diagnostic)
    {
        HasErrors |= diagnostic.IsError;
        if (items.Count < Limit)
        {
            items.Add(diagnostic);
        }
        else
        {
            dropped++;
        }
    }

    /// <summary>Takes over every problem recorded in <paramref name="other"/>.</summary>
    public void Absorb(Findings other)
    {
        foreach (var item in other.items)
        {
            Add(item);
        }

        dropped += other.dropped;
    }

    /// <summary>The problems in file order: this file first, then any digest files.</summary>
    public ImmutableArray<Diagnostic> ToImmutable()
    {
        var sorted = items
            .OrderBy(d => d.Path == Path ? 0 : 1)
            .ThenBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ToList();
        if (dropped > 0)
        {
            sorted.Add(new Diagnostic(
                Path, 1, 1, Severity.Error,
                string.Create(CultureInfo.InvariantCulture, $"{dropped} more problems were found and not listed"),
                "fix the problems above and validate again"));
        }

        return [.. sorted];
    }
}
