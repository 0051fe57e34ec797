namespace Debate.Console.Simulation;

/// <summary>What a <see cref="GameStream"/> did: the games folded, and the most results that ever waited at once to be folded.</summary>
internal sealed record StreamRun(long Games, int MostHeld);
