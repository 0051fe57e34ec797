using System.Diagnostics;
using System.Globalization;
using Debate.Core.Play;
using Debate.Opponents.Search;

namespace Debate.Benchmarks;

/// <summary>
/// `budget`: times the champion's default move on many positions and fails when any move overruns
/// its budget by more than 10%. `rate`: iterations per second, single-threaded, for the README.
/// </summary>
public static class BudgetCheck
{
    public static int Budget(int positions)
    {
        var options = ChampionOptions.Default;
        var budget = options.Budget!.Value;
        var worst = TimeSpan.Zero;
        var iterations = 0L;
        var matches = Positions.Choices(positions);
        foreach (var match in matches)
        {
            var champion = new Champion(1, options, StopwatchClock.Instance);
            var watch = Stopwatch.StartNew();
            champion.Choose(PlayerView.Of(match, match.Speaker), Rules.LegalMoves(match));
            var elapsed = watch.Elapsed;
            worst = elapsed > worst ? elapsed : worst;
            iterations += champion.LastSearch!.Iterations;
        }

        var over = (worst.TotalMilliseconds / budget.TotalMilliseconds) - 1;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"champion default budget {budget.TotalMilliseconds:0} ms: {matches.Count} moves, worst {worst.TotalMilliseconds:0.0} ms ({over * 100:+0.0;-0.0}%), mean {iterations / matches.Count} iterations per move"));
        return over <= 0.10 ? 0 : 1;
    }

    public static int Rate(int positions, int iterations)
    {
        var matches = Positions.Choices(positions);
        Rate(matches, "champion", ChampionOptions.Capped(iterations));

        // The search before its simulations played to the verdict: two speech ends ahead. Its rate measures the engine
        // as the figures before issue 12's playout change did (each simulation is now longer, not slower a move).
        Rate(matches, "champion, horizon 2", ChampionOptions.Capped(iterations) with { Horizon = 2 });
        return 0;
    }

    private static void Rate(IReadOnlyList<Match> matches, string name, ChampionOptions options)
    {
        var warm = new Champion(1, options, StopwatchClock.Instance);
        warm.Choose(PlayerView.Of(matches[0], matches[0].Speaker), Rules.LegalMoves(matches[0]));
        var total = 0L;
        var cpu = ThreadCpu.Nanoseconds();
        var watch = Stopwatch.StartNew();
        foreach (var match in matches)
        {
            var champion = new Champion(1, options, StopwatchClock.Instance);
            champion.Choose(PlayerView.Of(match, match.Speaker), Rules.LegalMoves(match));
            total += champion.LastSearch!.Iterations;
        }

        // On a shared machine the wall clock mostly measures the other jobs; the thread's CPU time does not.
        var seconds = (ThreadCpu.Nanoseconds() - cpu) / 1e9;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {total} iterations over {matches.Count} positions in {watch.Elapsed.TotalSeconds:0.00} s = {total / watch.Elapsed.TotalSeconds:0} iterations/s (one thread); {seconds:0.00} s of CPU = {total / seconds:0} iterations per CPU second"));
    }
}
