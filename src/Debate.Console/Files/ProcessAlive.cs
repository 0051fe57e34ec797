using System.Diagnostics;

namespace Debate.Console.Files;

/// <summary>Whether a process id names a running process (and, given its start time, the same one, not a reuse of the id).</summary>
internal static class ProcessAlive
{
    public static bool Is(int pid, DateTime? startedUtc = null)
    {
        if (pid <= 0)
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            if (process.HasExited)
            {
                return false;
            }

            return startedUtc is not { } started || Math.Abs((process.StartTime.ToUniversalTime() - started).TotalSeconds) < 2;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return false;
        }
    }
}
