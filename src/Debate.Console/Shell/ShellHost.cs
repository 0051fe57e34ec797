using Debate.Console.Saves;
using Debate.Console.Shell.Setup;
using Debate.Console.Shell.Terminal;
using Debate.Console.Shell.Ui;

namespace Debate.Console.Shell;

/// <summary>
/// Opens the shell on the real terminal: checks that it is interactive (else one line and exit
/// code 2), picks the full-screen or plain face, and restores the terminal however the body ends.
/// </summary>
internal static class ShellHost
{
    public const int NotInteractive = 2;

    public static int Run(bool plainAsked, string what, Func<ShellContext, int> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (ShellConsole.WhyNotInteractive(what) is { } why)
        {
            System.Console.Error.WriteLine(why);
            return NotInteractive;
        }

        // The shell draws with escape sequences of its own and sanitises what it shows itself.
        Verbs.StandardStreams.ReleaseForShell();
        var (console, plain) = ShellConsole.Create(plainAsked);
        var settings = ShellSettings.FromEnvironment(plain);
        IShellUi ui = plain ? new PlainUi(console) : new FullScreenUi(new Screen(console), settings);
        var context = new ShellContext(ui, ScenarioCatalog.Standard(Directory.GetCurrentDirectory()), SaveStore.Default(), settings);
        if (!plain)
        {
            TerminalGuard.EnterAlternateScreen(console.Profile.Out.Writer);
        }

        try
        {
            return body(context);
        }
        finally
        {
            TerminalGuard.Restore();
        }
    }
}
