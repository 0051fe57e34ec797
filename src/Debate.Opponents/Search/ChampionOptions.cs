namespace Debate.Opponents.Search;

/// <summary>
/// How hard the champion thinks: an iteration cap and a time budget per move (whichever comes
/// first), how far ahead each simulation looks, and how boldly it explores. With no budget the
/// champion is deterministic for a fixed seed.
/// </summary>
public sealed record ChampionOptions
{
    /// <summary>The most search iterations per move.</summary>
    public int Iterations { get; init; } = 100_000;

    /// <summary>The most time per move, or null to search by the iteration cap alone (deterministic).</summary>
    public TimeSpan? Budget { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Speech ends a simulation plays through before it judges the room's outlook (the current speech
    /// counts), or null to play on to the verdict. Since each side plays on as the debater would
    /// (<see cref="PlayoutPolicy"/>), a simulation to the verdict judges a move by the vote it leads
    /// to against such an opponent, not by a projection of the floor two speeches on.
    /// </summary>
    public int? Horizon { get; init; }

    /// <summary>The UCB exploration constant.</summary>
    public double Exploration { get; init; } = 0.7;

    /// <summary>The defaults for play against a person: half a second per move.</summary>
    public static ChampionOptions Default { get; } = new();

    /// <summary>A deterministic champion: exactly <paramref name="iterations"/> per move, no clock.</summary>
    public static ChampionOptions Capped(int iterations) => new() { Iterations = iterations, Budget = null };
}
