namespace Debate.Core.Content;

/// <summary>A role sheet: a public title and brief, and a secret objective revealed at the end.</summary>
public sealed record Role(string Id, string Title, Side Side, string Brief, Objective Objective);
