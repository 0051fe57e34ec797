using System.Runtime.InteropServices;

namespace Debate.Console.Shell.Hosting;

/// <summary>
/// SIGINT, SIGTERM, SIGHUP and SIGQUIT close the board the orderly way: the signal is caught, the
/// window is asked to close on the UI thread, and the toolkit puts the terminal back (alternate
/// screen off, mouse reporting off, cursor on, line editing on). Every completed move is already
/// saved. Should the UI thread not answer in time, the terminal is reset directly and the process ends.
/// </summary>
internal sealed class SignalGuard : IDisposable
{
    /// <summary>What undoes the board's terminal modes: mouse reporting, bracketed paste, alternate screen, hidden cursor, colours.</summary>
    public const string Reset = "\u001b[?1000l\u001b[?1002l\u001b[?1003l\u001b[?1006l\u001b[?1015l\u001b[?2004l\u001b[?1049l\u001b[?25h\u001b[0m";

    private readonly List<PosixSignalRegistration> registrations = [];
    private readonly Action<string> interrupt;
    private int caught;

    public SignalGuard(Action<string> interrupt)
    {
        this.interrupt = interrupt;
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var (signal, name) in new[] { (PosixSignal.SIGINT, "SIGINT"), (PosixSignal.SIGTERM, "SIGTERM"), (PosixSignal.SIGHUP, "SIGHUP"), (PosixSignal.SIGQUIT, "SIGQUIT") })
        {
            registrations.Add(PosixSignalRegistration.Create(signal, context => OnSignal(context, name)));
        }
    }

    /// <summary>The signal that closed the board, if any.</summary>
    public string? Signal { get; private set; }

    /// <summary>Set once the board has closed and the terminal is restored; the watchdog then stands down.</summary>
    public bool Closed { get; set; }

    public void Dispose()
    {
        foreach (var r in registrations)
        {
            r.Dispose();
        }

        registrations.Clear();
    }

    private void OnSignal(PosixSignalContext context, string name)
    {
        context.Cancel = true;
        if (Interlocked.Exchange(ref caught, 1) == 1)
        {
            return;
        }

        Signal = name;
        interrupt(name);
        _ = Task.Run(async () =>
        {
            // A stuck UI thread must not leave the terminal in raw mode with mouse reporting on.
            await Task.Delay(TimeSpan.FromSeconds(3)).ConfigureAwait(false);
            if (!Closed)
            {
                ForceRestore();
                Environment.Exit(128 + Number(name));
            }
        });
    }

    private static void ForceRestore()
    {
        try
        {
            WriteRaw(Reset);
            using var stty = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stty", "sane") { UseShellExecute = false });
            stty?.WaitForExit(1000);
        }
        catch (Exception ex) when (ex is IOException or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            // The terminal is gone (a closed window): nothing is left to restore.
        }
    }

    /// <summary>Shows the cursor and turns mouse reporting off, on the main screen after the board has closed.</summary>
    public static void ShowCursor()
    {
        try
        {
            WriteRaw("\u001b[?1000l\u001b[?1002l\u001b[?1003l\u001b[?1006l\u001b[?1015l\u001b[?25h");
        }
        catch (IOException)
        {
            // The terminal is gone (a closed window): nothing is left to restore.
        }
    }

    /// <summary>Straight to the terminal: standard output may be guarded, and these escapes must act.</summary>
    private static void WriteRaw(string escapes)
    {
        using var stdout = System.Console.OpenStandardOutput();
        stdout.Write(System.Text.Encoding.ASCII.GetBytes(escapes));
        stdout.Flush();
    }

    public static int Number(string name) => name switch
    {
        "SIGHUP" => 1,
        "SIGINT" => 2,
        "SIGQUIT" => 3,
        "SIGTERM" => 15,
        _ => 0,
    };
}
