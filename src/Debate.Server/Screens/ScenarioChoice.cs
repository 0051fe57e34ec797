namespace Debate.Server.Screens;

/// <summary>A scenario on offer: its key, title, motion, format in words, roles and opponents.</summary>
public sealed record ScenarioChoice(string Key, string Title, string Motion, string Format, IReadOnlyList<RoleChoice> Roles, IReadOnlyList<string> Opponents);
