using System.Runtime.InteropServices;

namespace Debate.Console.Shell.Terminal;

/// <summary>
/// Puts the terminal back the way it was on every exit path: a normal return, an exception,
/// Ctrl+C, a closed terminal (SIGHUP), SIGTERM and process exit. The match itself needs no saving
/// here: it is written after every completed move.
/// </summary>
internal static class TerminalGuard
{
    private const string Enter = "\u001b[?1049h\u001b[?25l\u001b[H\u001b[2J";
    private const string Leave = "\u001b[0m\u001b[?25h\u001b[?1049l";

    private static readonly Lock Gate = new();
    private static readonly List<PosixSignalRegistration> Signals = [];
    private static TextWriter? active;
    private static bool installed;

    /// <summary>Whether the alternate screen is in use now.</summary>
    public static bool InAlternateScreen
    {
        get
        {
            lock (Gate)
            {
                return active is not null;
            }
        }
    }

    /// <summary>Switches <paramref name="writer"/> to the alternate screen with the cursor hidden.</summary>
    public static void EnterAlternateScreen(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        lock (Gate)
        {
            InstallHooks();
            if (active is not null)
            {
                return;
            }

            active = writer;
            Write(writer, Enter);
        }
    }

    /// <summary>Leaves the alternate screen and shows the cursor; safe to call any number of times, from any thread.</summary>
    public static void Restore()
    {
        lock (Gate)
        {
            if (active is null)
            {
                return;
            }

            Write(active, Leave);
            active = null;
        }
    }

    private static void InstallHooks()
    {
        if (installed)
        {
            return;
        }

        installed = true;
        System.Console.CancelKeyPress += (_, _) => Interrupted();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Restore();
        AppDomain.CurrentDomain.UnhandledException += (_, _) => Restore();
        if (!OperatingSystem.IsWindows())
        {
            foreach (var signal in new[] { PosixSignal.SIGHUP, PosixSignal.SIGTERM, PosixSignal.SIGQUIT })
            {
                Signals.Add(PosixSignalRegistration.Create(signal, _ => Restore()));
            }
        }
    }

    private static void Interrupted()
    {
        var wasPlaying = InAlternateScreen;
        Restore();
        if (wasPlaying)
        {
            Write(System.Console.Error, "debate: interrupted. Every completed move is saved: choose Resume in the main menu to carry on.\n");
        }
    }

    private static void Write(TextWriter writer, string text)
    {
        try
        {
            writer.Write(text);
            writer.Flush();
        }
        catch (IOException)
        {
            // The terminal is gone (closed window): nothing is left to restore.
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
