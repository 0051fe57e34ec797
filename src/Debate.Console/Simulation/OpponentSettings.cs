using Debate.Opponents.Search;

namespace Debate.Console.Simulation;

/// <summary>
/// How simulated opponents are built. Simulations cap the champion by iterations with no clock, so
/// that a batch gives the same results on any machine and under any load.
/// </summary>
internal sealed record OpponentSettings(ChampionOptions Champion, IClock Clock)
{
    /// <summary>The champion capped at 1,000 iterations per move, untimed.</summary>
    public static OpponentSettings Default { get; } = Capped(1000);

    /// <summary>The champion capped at <paramref name="iterations"/> per move, untimed.</summary>
    public static OpponentSettings Capped(int iterations) => new(ChampionOptions.Capped(iterations), StopwatchClock.Instance);
}
