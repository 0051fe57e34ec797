using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Console.Simulation;

/// <summary>Plays every pairing of a round robin as one parallel batch, with progress, and splits the results back.</summary>
internal static class Batch
{
    public static ImmutableArray<(Pairing Pairing, ImmutableArray<GameResult> Results)> Play(
        Scenario scenario, ImmutableArray<Pairing> pairings, int gamesEach, ulong seed, OpponentSettings settings, string title, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var specs = pairings.SelectMany(p => p.Games(gamesEach, seed))
            .Select((g, i) => g with { Index = i }).ToImmutableArray();
        var results = ProgressDisplay.Run(title, specs.Length, error, progress => Simulator.Run(scenario, specs, settings, progress));
        return PairingResult.Split(pairings, results, gamesEach);
    }
}
