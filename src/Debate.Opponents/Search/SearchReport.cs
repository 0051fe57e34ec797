namespace Debate.Opponents.Search;

/// <summary>What one search did: how many iterations it ran and how long it took.</summary>
public sealed record SearchReport(int Iterations, TimeSpan Elapsed);
