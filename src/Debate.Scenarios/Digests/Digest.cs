using System.Collections.Immutable;

namespace Debate.Scenarios.Digests;

/// <summary>
/// The digest of one source document (<c>seeds/&lt;id&gt;.md</c>): who wrote it, where, when, and one
/// line per paragraph of its text, numbered as <see cref="SourceParagraphs.Split"/> numbers them.
/// </summary>
/// <param name="Id">The document id that cards cite, such as <c>dai-2018</c>.</param>
/// <param name="SourceFile">The name of the source text file, for the anchor check.</param>
/// <param name="Paragraphs">Every paragraph, in order from ¶1.</param>
public sealed record Digest(
    string Id,
    string Title,
    string SourceFile,
    string Author,
    string Outlet,
    string Date,
    ImmutableArray<DigestParagraph> Paragraphs)
{
    /// <summary>Paragraph <paramref name="number"/>, or null when the document has no such paragraph.</summary>
    public DigestParagraph? Paragraph(int number) =>
        number >= 1 && number <= Paragraphs.Length ? Paragraphs[number - 1] : null;

    /// <summary>The numbers of the paragraphs that carry an argument.</summary>
    public IEnumerable<int> Arguments => Paragraphs.Where(p => p.Kind == ParagraphKind.Argument).Select(p => p.Number);
}
