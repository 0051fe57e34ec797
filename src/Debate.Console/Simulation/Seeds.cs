using Debate.Core.Play;

namespace Debate.Console.Simulation;

/// <summary>
/// Seeds derived from a base seed by SplitMix64, so that game i of a batch, and each seat's
/// opponent in it, get the same seed on every run, whatever the thread that plays it.
/// </summary>
internal static class Seeds
{
    /// <summary>The deal seed of game <paramref name="index"/> of a batch started from <paramref name="baseSeed"/>.</summary>
    public static ulong ForGame(ulong baseSeed, int index) => Mix(baseSeed, 0x47616D65UL + (ulong)index);

    /// <summary>The seed of the opponent on seat <paramref name="seat"/> of a game.</summary>
    public static ulong ForSeat(ulong gameSeed, int seat) => Mix(gameSeed, 0x53656174UL + (ulong)seat);

    private static ulong Mix(ulong seed, ulong stream)
    {
        var rng = new Rng(seed ^ (stream * 0xD1B54A32D192ED03UL));
        return rng.NextUInt64();
    }
}
