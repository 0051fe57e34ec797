using System.Collections.Immutable;

namespace Debate.Debrief;

/// <summary>
/// What the debrief needs to know of a source document's digest (seeds/&lt;id&gt;.md): who wrote it,
/// where and when, how many paragraphs it has, and which of them carry an argument, so that it can
/// cite a card fully and say which parts of the reading a match left unused.
/// </summary>
/// <param name="Id">The id cards cite, such as <c>dai-2018</c>.</param>
/// <param name="Paragraphs">How many numbered paragraphs the document has.</param>
/// <param name="ArgumentParagraphs">The paragraphs that carry an argument, with the digest's summary.</param>
public sealed record SourceDocument(
    string Id,
    string Title,
    string Author,
    string Outlet,
    string Date,
    int Paragraphs,
    ImmutableArray<SourceParagraph> ArgumentParagraphs);
