using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Debate.Benchmarks;

/// <summary>
/// How long <c>debate</c> takes to put its main menu on screen, as a person at a terminal sees it:
/// the program runs in a pseudo-terminal (script from util-linux, 80x24), and the clock stops when
/// the menu's first entry has been written to it. Prints each run and the median.
/// </summary>
internal static class StartupCheck
{
    private const string Menu = "New match";

    /// <param name="command">The command that starts debate (default: the Release build beside the repository).</param>
    public static int Run(int runs, string? command)
    {
        command ??= $"dotnet {Path.Combine(RepoRoot(), "src", "Debate.Console", "bin", "Release", "net10.0", "debate.dll")}";
        var home = Path.Combine(Path.GetTempPath(), "debate-startup-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(home);
        try
        {
            Once(command, home); // a first run warms the disk cache, as a room's second start would be
            var times = new List<double>();
            var cpus = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var (ms, cpu) = Once(command, home);
                times.Add(ms);
                cpus.Add(cpu);
                System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {i + 1}: menu on screen after {ms:0} ms ({cpu:0} ms of CPU)"));
            }

            System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"median of {runs}: {Median(times):0} ms (min {times.Min():0}, max {times.Max():0}), CPU {Median(cpus):0} ms; command: {command}"));
            return 0;
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>User and system CPU time of the program (script's child) so far, from /proc: a figure a busy machine disturbs less than the clock.</summary>
    private static double CpuMs(int scriptPid)
    {
        try
        {
            var children = File.ReadAllText($"/proc/{scriptPid}/task/{scriptPid}/children").Trim();
            var child = children.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (child is null)
            {
                return double.NaN;
            }

            var stat = File.ReadAllText($"/proc/{child}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return ticks * 10.0; // USER_HZ is 100 on Linux
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    private static (double Ms, double Cpu) Once(string command, string home)
    {
        var info = new ProcessStartInfo("script")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-qfec");
        info.ArgumentList.Add($"stty cols 80 rows 24; exec {command}");
        info.ArgumentList.Add("/dev/null");
        info.Environment["TERM"] = "xterm-256color";
        info.Environment["DEBATE_HOME"] = home;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var seen = new StringBuilder();
        var buffer = new char[8192];
        double? at = null;
        var cpu = double.NaN;
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            var n = process.StandardOutput.Read(buffer, 0, buffer.Length);
            if (n <= 0)
            {
                break;
            }

            seen.Append(buffer, 0, n);
            if (seen.ToString().Contains(Menu, StringComparison.Ordinal))
            {
                at = clock.Elapsed.TotalMilliseconds;
                cpu = CpuMs(process.Id);
                break;
            }
        }

        try
        {
            process.StandardInput.Write("8");
            process.StandardInput.Flush();
        }
        catch (IOException)
        {
            // It has ended already.
        }
        if (!process.WaitForExit(10_000))
        {
            process.Kill(entireProcessTree: true);
        }

        return (at ?? throw new InvalidOperationException($"The menu never appeared. Output:\n{seen}"), cpu);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Debate.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Debate.sln not found above the benchmarks.");
    }
}
