namespace Debate.Core.Content;

/// <summary>A secret objective expressed as data, so that it can be scored at the verdict.</summary>
public sealed record Objective(ObjectiveKind Kind, string? Theme, int Count, string Text);
