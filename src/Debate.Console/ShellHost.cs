using Debate.Console.Plain;
using Debate.Console.Play;
using Debate.Console.Saves;
using Debate.Console.Shell.Hosting;

namespace Debate.Console;

/// <summary>
/// Opens the interactive shell on the real terminal: checks that it can (else one line and exit
/// code 2), then runs the menus and matches on the board (Terminal.Gui) or, with <c>--plain</c>
/// or output that is not a terminal, in the linear plain mode.
/// </summary>
internal static class ShellHost
{
    public const int NotInteractive = 2;

    public static int Run(bool plainAsked, string what, Func<ShellContext, Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (WhyNot(what, plainAsked) is { } why)
        {
            System.Console.Error.WriteLine(why);
            return NotInteractive;
        }

        // The shell draws with escape sequences of its own and passes what it shows through VisibleText itself.
        Verbs.StandardStreams.ReleaseForShell();
        var plain = plainAsked || System.Console.IsOutputRedirected;
        var settings = ShellSettings.FromEnvironment(plain);
        var catalog = ScenarioCatalog.Standard(Directory.GetCurrentDirectory());
        var saves = SaveStore.Default();
        if (!plain)
        {
            return BoardHost.Run(settings, ui => new ShellContext(ui, catalog, saves, settings), body);
        }

        var context = new ShellContext(new PlainUi(System.Console.In, System.Console.Out), catalog, saves, settings);
        try
        {
            // The plain face answers at once, so the flow's task is complete when it returns.
            return body(context).GetAwaiter().GetResult();
        }
        catch (InputEndedException ended)
        {
            System.Console.Error.WriteLine($"debate: {ended.Message}");
            return 0;
        }
    }

    /// <summary>Null when the shell can run here; otherwise the one line to print (exit code 2).</summary>
    public static string? WhyNot(string what, bool plainAsked)
    {
        if (System.Console.IsInputRedirected)
        {
            return $"debate: {what} needs an interactive terminal, and standard input is not one. "
                + "To play without a terminal put opponents on every seat: debate play --seat \"A:alliance:debater\" --seat \"B:partnership:debater\".";
        }

        if (!plainAsked && !System.Console.IsOutputRedirected && string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal))
        {
            return "debate: this terminal (TERM=dumb) cannot draw the board. Run debate --plain for the linear, screen-reader-friendly mode.";
        }

        return null;
    }
}
