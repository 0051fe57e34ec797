using Spectre.Console;

namespace Debate.Console.Shell.Terminal;

/// <summary>
/// The real terminal, checked before anything is drawn: whether it is interactive, whether it
/// takes colour (<c>NO_COLOR</c> is honoured) and whether the full-screen board can run on it.
/// </summary>
internal static class ShellConsole
{
    /// <summary>Null when the shell can run here; otherwise the one line to print (exit code 2).</summary>
    public static string? WhyNotInteractive(string what)
    {
        if (System.Console.IsInputRedirected)
        {
            return $"debate: {what} needs an interactive terminal, and standard input is not one. "
                + "To play without a terminal put opponents on every seat: debate play --seat \"A:alliance:debater\" --seat \"B:partnership:debater\".";
        }

        return null;
    }

    /// <summary>The console for the shell, and whether the plain mode must be used (asked for, or the terminal cannot do more).</summary>
    public static (IAnsiConsole Console, bool Plain) Create(bool plainAsked)
    {
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var dumb = string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
        var plain = plainAsked || dumb || System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain || noColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(System.Console.Out),
        });
        return (console, plain || !console.Profile.Capabilities.Ansi);
    }
}
