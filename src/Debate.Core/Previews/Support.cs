namespace Debate.Core.Previews;

/// <summary>What evidence does: the argument it backs, how it bears on it, and that argument's strength before and after.</summary>
public sealed record Support(int Target, Bearing Bearing, int Before, int After);
