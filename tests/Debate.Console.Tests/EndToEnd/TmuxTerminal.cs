using System.Diagnostics;

namespace Debate.Console.Tests.EndToEnd;

/// <summary>
/// The real <c>debate</c> in a pseudo-terminal that tmux emulates: keys and SGR mouse clicks are
/// sent as a terminal would send them, and the screen is read back as tmux renders it. Each test
/// gets its own tmux server, so nothing else on the machine is touched.
/// </summary>
internal sealed class TmuxTerminal : IDisposable
{
    private readonly string socket = "debate-e2e-" + Guid.NewGuid().ToString("N")[..12];

    public TmuxTerminal(string command, int width, int height)
    {
        Tmux("new-session", "-d", "-s", "e2e", "-x", $"{width}", "-y", $"{height}", command);
        Tmux("set-option", "-t", "e2e", "remain-on-exit", "on");
    }

    public static bool Available => File.Exists("/usr/bin/tmux") || File.Exists("/usr/local/bin/tmux");

    /// <summary>The screen as tmux shows it now.</summary>
    public string Screen => Tmux("capture-pane", "-p", "-t", "e2e");

    /// <summary>Terminal modes the program left on: mouse reporting, alternate screen, cursor shown.</summary>
    public (bool Mouse, bool Alternate, bool Cursor) Modes
    {
        get
        {
            var flags = Tmux("display-message", "-p", "-t", "e2e", "#{mouse_any_flag} #{alternate_on} #{cursor_flag}").Trim().Split(' ');
            return (flags[0] == "1", flags[1] == "1", flags[2] == "1");
        }
    }

    /// <summary>The pid of the process in the pane.</summary>
    public int PanePid => int.Parse(Tmux("display-message", "-p", "-t", "e2e", "#{pane_pid}").Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Sends keys by tmux name (Enter, Escape, C-c) or literal text.</summary>
    public void Keys(params string[] keys)
    {
        foreach (var key in keys)
        {
            Tmux("send-keys", "-t", "e2e", key);
        }
    }

    /// <summary>A left click as a terminal in SGR mouse mode reports it (1-based column and row).</summary>
    public void Click(int x, int y)
    {
        Tmux("send-keys", "-t", "e2e", "-l", $"\u001b[<0;{x + 1};{y + 1}M");
        Tmux("send-keys", "-t", "e2e", "-l", $"\u001b[<0;{x + 1};{y + 1}m");
    }

    /// <summary>Waits until one of <paramref name="texts"/> is on screen and returns which.</summary>
    public string WaitFor(params string[] texts)
    {
        var until = DateTime.UtcNow.AddSeconds(45);
        var screen = string.Empty;
        while (DateTime.UtcNow < until)
        {
            screen = Screen;
            foreach (var text in texts)
            {
                if (screen.Contains(text, StringComparison.Ordinal))
                {
                    return text;
                }
            }

            Thread.Sleep(50);
        }

        throw new TimeoutException($"Never saw any of: {string.Join(" | ", texts)}. The screen:\n{screen}");
    }

    /// <summary>Where <paramref name="text"/> is on screen (0-based column and row).</summary>
    public (int X, int Y) Find(string text)
    {
        var rows = Screen.Split('\n');
        for (var y = 0; y < rows.Length; y++)
        {
            var x = rows[y].IndexOf(text, StringComparison.Ordinal);
            if (x >= 0)
            {
                return (x, y);
            }
        }

        throw new InvalidOperationException($"'{text}' is not on screen:\n{Screen}");
    }

    public void Dispose()
    {
        try
        {
            Tmux("kill-server");
        }
        catch (InvalidOperationException)
        {
            // The server is gone already.
        }
    }

    private string Tmux(params string[] args)
    {
        var info = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-L");
        info.ArgumentList.Add(socket);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"tmux {string.Join(' ', args)}: {error.Trim()}");
        }

        return output;
    }
}
