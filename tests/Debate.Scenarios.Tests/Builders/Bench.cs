using System.Diagnostics;

namespace Debate.Scenarios.Tests.Builders;

/// <summary>
/// Times an action the fair way on a shared machine: after a warm-up, the best of several runs, in
/// wall-clock time and in the process's CPU time (which waiting for a busy core does not inflate).
/// </summary>
internal static class Bench
{
    public static (TimeSpan Wall, TimeSpan Cpu) Best(Action action, int runs)
    {
        action();
        var wall = TimeSpan.MaxValue;
        var cpu = TimeSpan.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var run = 0; run < runs; run++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            action();
            clock.Stop();
            process.Refresh();
            wall = clock.Elapsed < wall ? clock.Elapsed : wall;
            var used = process.TotalProcessorTime - cpuBefore;
            cpu = used < cpu ? used : cpu;
        }

        return (wall, cpu);
    }
}
