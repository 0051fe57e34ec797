namespace Debate.Core.Content;

/// <summary>A theme that cards argue about and audience blocs weigh (security, trade, history...).</summary>
public sealed record Theme(string Id, string Name);
