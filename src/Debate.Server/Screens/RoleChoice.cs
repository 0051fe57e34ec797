namespace Debate.Server.Screens;

/// <summary>A role an instructor may give a seat.</summary>
public sealed record RoleChoice(string Id, string Title, string Side);
