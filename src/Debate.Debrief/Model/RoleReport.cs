namespace Debate.Debrief.Model;

/// <summary>A seat's role sheet, its secret objective revealed, and whether it was met and why.</summary>
public sealed record RoleReport(string Id, string Title, string Brief, string Objective, bool Met, string Detail);
