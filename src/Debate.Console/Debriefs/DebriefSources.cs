using Debate.Debrief;
using Debate.Scenarios.Digests;

namespace Debate.Console.Debriefs;

/// <summary>
/// The source documents a debrief cites, read from the digests: the built-in ones, overlaid by a
/// seeds/ folder beside (or above) a scenario file when one is given. The export verb and the
/// shell's verdict screen both use it, so a debrief says the same wherever it is saved.
/// </summary>
internal static class DebriefSources
{
    public static Dictionary<string, SourceDocument> For(string? scenarioPath)
    {
        var libraries = new List<DigestLibrary> { DigestLibrary.BuiltIn };
        var folder = scenarioPath is null ? null : Path.GetDirectoryName(Path.GetFullPath(scenarioPath));
        if (folder is not null && DigestLibrary.FindSeedsDirectory(folder) is { } seeds)
        {
            libraries.Add(DigestLibrary.FromDirectory(seeds));
        }

        var documents = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
        foreach (var digest in libraries.SelectMany(l => l.Documents.Values))
        {
            var paragraphs = digest.Paragraphs.Select(p => new SourceParagraph(p.Number, p.Summary, p.Kind == ParagraphKind.Argument));
            documents[digest.Id] = new SourceDocument(digest.Id, digest.Title, digest.Author, digest.Outlet, digest.Date, digest.Paragraphs.Length, [.. paragraphs]);
        }

        return documents;
    }
}
