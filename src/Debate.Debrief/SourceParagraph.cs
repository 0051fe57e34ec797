namespace Debate.Debrief;

/// <summary>
/// One numbered paragraph of a source digest: its summary, in the project's own words, and whether
/// it carries an argument (only those count when the debrief lists what nobody used).
/// </summary>
public sealed record SourceParagraph(int Number, string Summary, bool IsArgument);
