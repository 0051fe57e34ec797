namespace Debate.Debrief.Model;

/// <summary>
/// A card's citation with what the source digest says of the document; author, title, outlet and
/// date are null when no digest was given.
/// </summary>
/// <param name="Text">The citation as written: <c>dai-2018 ¶10</c>.</param>
public sealed record CitationReport(string Document, int Paragraph, string Text, string? Author, string? Title, string? Outlet, string? Date);
