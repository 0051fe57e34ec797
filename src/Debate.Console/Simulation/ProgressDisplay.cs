using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Debate.Console.Simulation;

/// <summary>
/// Shows a batch's progress on standard error: Spectre.Console's progress bar when that is an
/// interactive terminal, a few plain lines otherwise (logs and CI), so standard output stays clean
/// for the report and for --json.
/// </summary>
internal static class ProgressDisplay
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    /// <summary>Runs <paramref name="work"/>, which reports the number of games finished through the action it is given.</summary>
    public static T Run<T>(string title, long total, TextWriter error, Func<Action<long>, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        // A redirected standard error (a log, CI) gets plain lines before Spectre.Console is loaded at all.
        if (System.Console.IsErrorRedirected || total < 2)
        {
            return Plain(title, total, error, work);
        }

        // The bar draws with escape sequences, so it writes to the raw standard error, not the guarded one.
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Verbs.StandardStreams.RawError) });
        if (!console.Profile.Capabilities.Interactive)
        {
            return Plain(title, total, error, work);
        }

        var result = default(T)!;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: total);
                result = work(done => task.Value = Math.Max(task.Value, done));
            });
        return result;
    }

    /// <summary>
    /// A line as the batch begins, at each quarter and, on a long batch, at least once a minute, so a log shows a
    /// ten-million-game run moving (a quarter of one can take an hour).
    /// </summary>
    private static T Plain<T>(string title, long total, TextWriter error, Func<Action<long>, T> work)
    {
        var quarter = Math.Max(1, total / 4);
        var gate = new object();
        var clock = Stopwatch.StartNew();
        var lastLine = TimeSpan.Zero;
        // A line before the first game: a log shows the batch has begun, and the text's code is loaded before the
        // games rather than at the first quarter, where calling it for the first time held back the runtime's
        // optimisation of the games' own code for about 0.2 s (it waits until nothing new has been called for 100 ms).
        Line(error, title, 0, total);
        return work(done =>
        {
            var due = done % quarter == 0 || done == total;
            if (!due && clock.Elapsed - lastLine < Minute)
            {
                return;
            }

            lock (gate)
            {
                if (due || clock.Elapsed - lastLine >= Minute)
                {
                    lastLine = clock.Elapsed;
                    Line(error, title, done, total);
                }
            }
        });
    }

    private static void Line(TextWriter error, string title, long done, long total) =>
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title}: {done}/{total} games"));
}
