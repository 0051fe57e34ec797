namespace Debate.Console.Simulation.Balance;

/// <summary>How many games ended with Alliance's margin of swing in [From, To), in percentage points.</summary>
internal sealed record SwingBucket(double From, double To, int Games);
