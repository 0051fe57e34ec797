using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Console.Simulation;

/// <summary>
/// Plays a batch of games in parallel on all cores. Each game depends only on its spec, so the
/// results are the same on every run and are returned in game order, whatever the scheduling.
/// </summary>
internal static class Simulator
{
    /// <summary>Plays every game; <paramref name="progress"/> is told the number finished so far (from any thread).</summary>
    public static ImmutableArray<GameResult> Run(
        Scenario scenario,
        IReadOnlyList<GameSpec> games,
        OpponentSettings settings,
        Action<int>? progress = null,
        int maxThreads = -1,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(games);
        var problem = games.Select(g => MatchRunner.Problem(scenario, g.Seats)).FirstOrDefault(p => p is not null);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(games));
        }

        var results = new GameResult[games.Count];
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxThreads, CancellationToken = cancellation };
        Parallel.For(0, games.Count, options, i =>
        {
            results[i] = MatchRunner.Play(scenario, games[i], settings);
            progress?.Invoke(Interlocked.Increment(ref done));
        });
        return [.. results];
    }

    /// <summary><paramref name="count"/> games with the same controllers, dealt from seeds derived from <paramref name="baseSeed"/>.</summary>
    public static ImmutableArray<GameSpec> Games(string alliance, string partnership, int count, ulong baseSeed) =>
        [.. Enumerable.Range(0, count).Select(i => GameSpec.Duel(i, Seeds.ForGame(baseSeed, i), alliance, partnership))];
}
