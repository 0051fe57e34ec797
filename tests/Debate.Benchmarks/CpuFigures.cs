using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Debate.Core.Adjudication;
using Debate.Core.Play;
using Debate.Opponents;

namespace Debate.Benchmarks;

/// <summary>
/// `cpu`: the hot paths timed in this thread's CPU time (not the wall clock), each the median of
/// several rounds, so a figure holds while other builds share the machine. The same operations as
/// <see cref="RulesBenchmarks"/>, plus a random match split into its parts (the deal, the legal
/// moves, the player's view, the novice's choice, applying, the verdict) as the simulate verb runs it.
/// A quick look between BenchmarkDotNet runs, not a replacement for them.
/// </summary>
public static class CpuFigures
{
    public static int Run(int rounds)
    {
        var mid = Positions.MidMatch();
        var legal = Rules.LegalMoves(mid);
        var card = legal.FirstOrDefault(m => m.Target is not null) ?? legal[0];
        var end = Move.End(mid.Speaker);
        var branch = Positions.BranchMove(mid, card);
        Console.WriteLine($"// mid-match position: {Positions.Describe(mid)}; card move: {card}; another: {branch}");
        Report("LegalMoves (mid-match)", rounds, 200_000, () => Rules.LegalMoves(mid).Length);
        // The same moves listed as simulate's runner and the champion's playouts list them (not the public list): into a
        // buffer kept from call to call, then one move read, as a novice reads the one it draws.
        var listing = new MoveListing();
        Report("  engine's listing (MoveListing)", rounds, 200_000, () =>
        {
            var moves = listing.Of(mid);
            return moves[moves.Count - 2].Seat;
        });
        Report("Apply card (mid-match)", rounds, 200_000, () => Rules.Apply(mid, card).Match.MoveCount);
        Report("Apply another card (a branch)", rounds, 200_000, () => Rules.Apply(mid, branch).Match.MoveCount);
        Report("Apply end of speech (mid-match)", rounds, 100_000, () => Rules.Apply(mid, end).Match.MoveCount);
        Report("PlayerView.Of (mid-match)", rounds, 200_000, () => PlayerView.Of(mid, mid.Speaker).Seat);
        var view = PlayerView.Of(mid, mid.Speaker);
        Report("Determinization.Sample (mid-match)", rounds, 50_000, () => Determinization.Sample(view, 7).MoveCount);
        Report("FloorLabels.Of (mid-match)", rounds, 200_000, () => FloorLabels.Of(mid).Labels.Length);
        Report("Pressure, every bloc (mid-match)", rounds, 200_000, () => Pressures(mid));
        Report("Random play to 2 speech ends (mid)", rounds, 20_000, () => PlayOn(mid, 2));
        Report("Debater's choice (mid-match)", rounds, 50_000, () => new Debater().Choose(view, legal).Move.Seat);
        Report("Deal", rounds, 20_000, () => MatchSetup.Start(Positions.Scenario, Positions.Seats, 42).MoveCount);
        Parts(rounds);
        return 0;
    }

    // A random match as MatchRunner plays it. The round's total is CPU time; the parts are laps of the
    // (cheap) wall clock, shared out in proportion, since reading the thread's CPU clock is a system
    // call that costs more than most of the parts.
    private static void Parts(int rounds)
    {
        const int Matches = 5000;
        var names = new[] { "deal", "legal moves", "player view", "novice choice", "apply", "verdict" };
        var perRound = new List<double[]>();
        var listing = new MoveListing(); // The legal moves as simulate's runner lists them (the engine's listing, kept).
        for (var r = 0; r < rounds; r++)
        {
            var spent = new long[names.Length];
            var cpu = ThreadCpu.Nanoseconds();
            for (var g = 0; g < Matches; g++)
            {
                var seed = (ulong)(g + 1);
                var t = Stopwatch.GetTimestamp();
                var match = MatchSetup.Start(Positions.Scenario, Positions.Seats, seed);
                var novices = new[] { new Novice(seed), new Novice(seed + 1) };
                t = Lap(spent, 0, t);
                while (!match.IsOver)
                {
                    var legal = listing.Of(match);
                    t = Lap(spent, 1, t);
                    var view = PlayerView.Of(match, match.Speaker);
                    t = Lap(spent, 2, t);
                    var choice = novices[match.Speaker % 2].Choose(view, legal);
                    t = Lap(spent, 3, t);
                    match = Rules.Apply(match, choice.Move).Match;
                    t = Lap(spent, 4, t);
                }

                _ = Swings.TotalOf(match);
                _ = Adjudicator.WinnerBySwing(match);
                Lap(spent, 5, t);
            }

            var perMatch = (double)(ThreadCpu.Nanoseconds() - cpu) / Matches;
            var laps = (double)spent.Sum();
            perRound.Add([.. spent.Select(s => perMatch * s / laps)]);
        }

        var total = Median(perRound.Select(p => p.Sum()));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"random match (novices, built-in scenario): {total / 1000:0.00} µs CPU a match = {1e9 / total:0} matches per CPU second (median of {rounds} rounds of {Matches})"));
        for (var i = 0; i < names.Length; i++)
        {
            var part = Median(perRound.Select(p => p[i]));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {names[i],-14} {part / 1000,8:0.00} µs a match ({100 * part / total,4:0}%)"));
        }
    }

    private static int Pressures(Match match)
    {
        var labels = FloorLabels.Of(match);
        var sum = 0.0;
        for (var b = 0; b < match.Scenario.Blocs.Length; b++)
        {
            var (a, p) = Debate.Core.Audience.AudienceModel.Pressure(match, labels, b);
            sum += a - p;
        }

        return sum > 0 ? 1 : 0;
    }

    // What a champion iteration does after its sample: random cards to the horizon.
    private static int PlayOn(Match match, int speeches)
    {
        var stop = match.SpeechIndex + speeches;
        var rng = new Rng(3);
        while (!match.IsOver && match.SpeechIndex < stop)
        {
            var legal = Rules.LegalMoves(match);
            var move = legal.Length > 1 ? legal[rng.Next(legal.Length - 1)] : legal[0];
            match = Rules.Apply(match, move).Match;
        }

        return match.MoveCount;
    }

    private static long Lap(long[] spent, int part, long since)
    {
        var now = Stopwatch.GetTimestamp();
        spent[part] += now - since;
        return now;
    }

    private static void Report(string name, int rounds, int calls, Func<int> op)
    {
        var sink = 0;
        for (var i = 0; i < calls / 10; i++)
        {
            sink += op();
        }

        var times = new List<double>();
        for (var r = 0; r < rounds; r++)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var start = ThreadCpu.Nanoseconds();
            for (var i = 0; i < calls; i++)
            {
                sink += op();
            }

            times.Add((double)(ThreadCpu.Nanoseconds() - start) / calls);
            bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
            if (r == rounds - 1)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-34} {Median(times),9:0.0} ns CPU  {(double)bytes / calls,7:0} B  (median of {rounds} x {calls}; {sink & 1})"));
            }
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

/// <summary>This thread's CPU time (Linux CLOCK_THREAD_CPUTIME_ID; the process's elsewhere).</summary>
internal static partial class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    public static long Nanoseconds()
    {
        if (OperatingSystem.IsLinux() && clock_gettime(ClockThreadCpuTime, out var ts) == 0)
        {
            return (ts.Seconds * 1_000_000_000L) + ts.Nanoseconds;
        }

        return (long)(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100);
    }

    [LibraryImport("libc", SetLastError = false)]
    private static partial int clock_gettime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
