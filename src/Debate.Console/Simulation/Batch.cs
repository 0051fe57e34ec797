using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Console.Simulation;

/// <summary>
/// Plays every pairing of a round robin as one parallel batch, with progress, folding each game
/// into its pairing's running totals as it finishes (the pairings are queued one after another).
/// </summary>
internal static class Batch
{
    public static ImmutableArray<PairingTally> Play(
        Scenario scenario, ImmutableArray<Pairing> pairings, int gamesEach, ulong seed, OpponentSettings settings, string title, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfNegative(gamesEach);
        // Games 0 and 1 of a pairing seat its two controllers both ways round.
        Simulator.Check(scenario, pairings.SelectMany(p => new[] { p.Game(0, seed), p.Game(1, seed) }));
        var tallies = pairings.Select(p => new PairingTally(p, scenario)).ToImmutableArray();
        var total = (long)pairings.Length * gamesEach;
        ProgressDisplay.Run(title, total, error, progress => Simulator.Run(
            scenario, total, i => pairings[(int)(i / gamesEach)].Game((int)(i % gamesEach), seed), settings,
            (i, result) => tallies[(int)(i / gamesEach)].Add(result), progress));
        return tallies;
    }
}
