namespace Debate.Scenarios.Digests;

/// <summary>One numbered paragraph of a source document: its kind and a summary in the project's own words.</summary>
public sealed record DigestParagraph(int Number, ParagraphKind Kind, string Summary);
