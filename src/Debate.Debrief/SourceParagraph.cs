namespace Debate.Debrief;

/// <summary>One numbered paragraph of a source digest and its summary, in the project's own words.</summary>
public sealed record SourceParagraph(int Number, string Summary);
