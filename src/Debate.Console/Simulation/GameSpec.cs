using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Console.Simulation;

/// <summary>One game to simulate: its place in the batch, the seed it is dealt from and who sits where.</summary>
/// <param name="Seats">Every seat's controller is an opponent level or a persona of the scenario.</param>
internal sealed record GameSpec(int Index, ulong Seed, ImmutableArray<SeatSpec> Seats)
{
    /// <summary>One seat a side, with these controllers.</summary>
    public static GameSpec Duel(int index, ulong seed, string alliance, string partnership) =>
        new(index, seed, [new SeatSpec("Alliance", Side.Alliance, alliance), new SeatSpec("Partnership", Side.Partnership, partnership)]);

    /// <summary>The controllers of a side's seats, joined with '+'.</summary>
    public string ControllerOf(Side side) => string.Join('+', Seats.Where(s => s.Side == side).Select(s => s.Controller));
}
