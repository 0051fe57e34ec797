using System.Collections.Immutable;

namespace Debate.Debrief;

/// <summary>
/// What the debrief needs to know of a source document's digest (seeds/&lt;id&gt;.md): who wrote it,
/// where and when, how many paragraphs it has, and what each paragraph says, so that it can cite a
/// card fully and say which arguments of the reading a match left unused.
/// </summary>
/// <param name="Id">The id cards cite, such as <c>dai-2018</c>.</param>
/// <param name="ParagraphCount">How many numbered paragraphs the document has.</param>
/// <param name="Paragraphs">The paragraphs the digest describes (all of them, or at least those that carry an argument).</param>
public sealed record SourceDocument(
    string Id,
    string Title,
    string Author,
    string Outlet,
    string Date,
    int ParagraphCount,
    ImmutableArray<SourceParagraph> Paragraphs);
