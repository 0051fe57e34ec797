using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Console.Simulation;

/// <summary>
/// Plays a batch of games in parallel on all cores and folds each result into running totals as it
/// finishes, in game order. Each game depends only on its spec, so the totals are the same on every
/// run and for any number of threads; no game's result is kept once it is folded, so a batch of any
/// size runs in the same memory.
/// </summary>
internal static class Simulator
{
    /// <summary>
    /// Plays <paramref name="count"/> games, game i being <paramref name="gameAt"/>(i), and hands each
    /// result with its number to <paramref name="fold"/>, in game order, one at a time;
    /// <paramref name="progress"/> is told the number finished so far (from any thread).
    /// </summary>
    public static StreamRun Run(
        Scenario scenario,
        long count,
        Func<long, GameSpec> gameAt,
        OpponentSettings settings,
        Action<long, GameResult> fold,
        Action<long>? progress = null,
        int maxThreads = -1,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(gameAt);
        return GameStream.Run(count, i => MatchRunner.Play(scenario, gameAt(i), settings), fold, maxThreads, progress, cancellation: cancellation);
    }

    /// <summary>
    /// Refuses seats a simulation cannot play (a human, an unknown controller), before any game
    /// starts. The games of a batch share a few seatings, so the caller passes one game of each.
    /// </summary>
    public static void Check(Scenario scenario, IEnumerable<GameSpec> seatings)
    {
        ArgumentNullException.ThrowIfNull(seatings);
        var problem = seatings.Select(g => MatchRunner.Problem(scenario, g.Seats)).FirstOrDefault(p => p is not null);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(seatings));
        }
    }

    /// <summary>Game <paramref name="index"/> of a batch with the same controllers throughout, dealt from a seed derived from <paramref name="baseSeed"/>.</summary>
    public static GameSpec Game(ImmutableArray<SeatSpec> seats, int index, ulong baseSeed) => new(index, Seeds.ForGame(baseSeed, index), seats);
}
