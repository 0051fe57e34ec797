using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Scenarios;

/// <summary>
/// What loading a scenario gave: the scenario when it has no errors, every problem found (errors
/// and warnings, in file order), and how much of each source document its citations cover.
/// </summary>
/// <param name="Scenario">The scenario, or null when the file has errors.</param>
/// <param name="Diagnostics">Every problem found, errors and warnings.</param>
public sealed record LoadResult(Scenario? Scenario, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Per source document: cited argument paragraphs over all argument paragraphs.</summary>
    public ImmutableArray<DocumentCoverage> Coverage { get; init; } = [];

    /// <summary>The file the result is about, as the caller named it.</summary>
    public string Path { get; init; } = "";

    /// <summary>True when there is a scenario and no error (warnings allowed).</summary>
    public bool Succeeded => Scenario is not null && !Diagnostics.Any(d => d.IsError);

    /// <summary>The errors only.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>The warnings only.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => !d.IsError);

    /// <summary>The scenario, or a <see cref="ScenarioException"/> whose message lists every diagnostic.</summary>
    public Scenario OrThrow() =>
        Succeeded ? Scenario! : throw new ScenarioException(Path.Length > 0 ? Path : "The scenario", Diagnostics);
}
