using System.Collections.Frozen;
using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Scenarios.Text;

namespace Debate.Scenarios.Digests;

/// <summary>
/// The source digests a scenario's citations are checked against: a <c>seeds/</c> folder, or the
/// digests built into this library. Also computes citation coverage per document.
/// </summary>
public sealed class DigestLibrary
{
    private static readonly Lazy<DigestLibrary> Embedded = new(() => FromTexts("built-in seeds/", BuiltInResources.Digests()));

    private DigestLibrary(string origin, FrozenDictionary<string, Digest> documents, ImmutableArray<Diagnostic> diagnostics)
    {
        Origin = origin;
        Documents = documents;
        Diagnostics = diagnostics;
    }

    /// <summary>The digests built into this library (the project's <c>seeds/</c> at build time).</summary>
    public static DigestLibrary BuiltIn => Embedded.Value;

    /// <summary>Where the digests came from: a folder path, or "built-in seeds/".</summary>
    public string Origin { get; }

    /// <summary>The digests that could be read, by document id.</summary>
    public IReadOnlyDictionary<string, Digest> Documents { get; }

    /// <summary>Problems found in the digest files themselves.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Reads every <c>*.md</c> digest in <paramref name="directory"/> (its README.md excepted).</summary>
    public static DigestLibrary FromDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var texts = new List<(string, string)>();
        var problems = new List<Diagnostic>();
        try
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*.md").Where(IsDigestFile).Order(StringComparer.Ordinal))
            {
                var findings = new Findings(file);
                if (ScenarioText.ReadFile(file, LoadOptions.DefaultMaxBytes, findings) is { } bytes
                    && ScenarioText.Decode(bytes, findings) is { } raw
                    && ScenarioText.Clean(raw, findings) is { } text)
                {
                    texts.Add((file, text));
                }

                problems.AddRange(findings.ToImmutable());
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problems.Add(new Diagnostic(directory, 1, 1, Severity.Error, $"the digests could not be read: {ex.Message}", "check that the seeds folder exists and can be read"));
        }

        return FromTexts(directory, texts, problems);
    }

    /// <summary>
    /// The nearest <c>seeds/</c> folder holding digests, looking in <paramref name="startDirectory"/> and
    /// then each parent in turn; null when there is none.
    /// </summary>
    public static string? FindSeedsDirectory(string startDirectory)
    {
        ArgumentNullException.ThrowIfNull(startDirectory);
        try
        {
            for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
            {
                var seeds = Path.Combine(dir.FullName, "seeds");
                if (Directory.Exists(seeds) && Directory.EnumerateFiles(seeds, "*.md").Any(IsDigestFile))
                {
                    return seeds;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or System.Security.SecurityException)
        {
            return null;
        }

        return null;
    }

    /// <summary>Per document: argument paragraphs cited by <paramref name="citations"/> over all argument paragraphs.</summary>
    public ImmutableArray<DocumentCoverage> CoverageOf(IEnumerable<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var cited = citations.GroupBy(c => c.Document, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Paragraph).ToHashSet(), StringComparer.Ordinal);
        return [.. Documents.Values.OrderBy(d => d.Id, StringComparer.Ordinal).Select(d =>
        {
            var arguments = d.Arguments.ToList();
            var used = cited.GetValueOrDefault(d.Id) ?? [];
            var uncited = arguments.Where(n => !used.Contains(n)).ToImmutableArray();
            return new DocumentCoverage(d.Id, arguments.Count - uncited.Length, arguments.Count, uncited);
        })];
    }

    internal static DigestLibrary FromTexts(string origin, IEnumerable<(string Path, string Text)> texts, IEnumerable<Diagnostic>? readProblems = null)
    {
        var documents = new Dictionary<string, Digest>(StringComparer.Ordinal);
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        problems.AddRange(readProblems ?? []);
        foreach (var (path, text) in texts)
        {
            var result = DigestReader.Read(text, path);
            problems.AddRange(result.Diagnostics);
            if (result.Digest is { } digest && !documents.TryAdd(digest.Id, digest))
            {
                problems.Add(new Diagnostic(path, 1, 1, Severity.Error, $"a second digest for document '{digest.Id}'", "keep one digest per document"));
            }
        }

        return new DigestLibrary(origin, documents.ToFrozenDictionary(StringComparer.Ordinal), problems.ToImmutable());
    }

    private static bool IsDigestFile(string path) =>
        !string.Equals(Path.GetFileName(path), "README.md", StringComparison.OrdinalIgnoreCase);
}
