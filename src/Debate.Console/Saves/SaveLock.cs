using System.Diagnostics;
using System.Globalization;
using Debate.Console.Files;
using Debate.Scenarios.Files;

namespace Debate.Console.Saves;

/// <summary>
/// One match, one writer: an advisory lock file beside a save (<c>SAVE.lock</c>) holding the
/// owner's process id, start time and host. A second shell or server that opens the save is told
/// who has it (<see cref="SaveLockHolder"/>) and can watch or leave; a lock whose process is gone
/// (killed, crashed) is taken over. Dispose releases it.
/// </summary>
internal sealed class SaveLock : IDisposable
{
    private readonly string lockPath;
    private bool released;

    private SaveLock(string lockPath) => this.lockPath = lockPath;

    /// <summary>The lock file of <paramref name="savePath"/>.</summary>
    public static string PathFor(string savePath) => savePath + ".lock";

    /// <summary>Takes the lock of <paramref name="savePath"/>, or says who holds it. I/O failures are <see cref="FileProblem"/>s.</summary>
    public static SaveLockResult TryTake(string savePath)
    {
        ArgumentNullException.ThrowIfNull(savePath);
        var path = PathFor(savePath);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (TryCreate(path))
            {
                return new SaveLockResult(new SaveLock(path), null);
            }

            var holder = Holder(savePath);
            if (holder is not null)
            {
                return new SaveLockResult(null, holder);
            }

            // The owner is gone (or the file is junk): take it over. If two takers race, CreateNew lets one win.
            try
            {
                File.Delete(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw FileProblem.ForWrite(path, ex);
            }
        }

        return new SaveLockResult(null, Holder(savePath) ?? new SaveLockHolder(0, null, "another process"));
    }

    /// <summary>Who holds the lock of <paramref name="savePath"/> now, or null when nobody living does.</summary>
    public static SaveLockHolder? Holder(string savePath)
    {
        ArgumentNullException.ThrowIfNull(savePath);
        var read = CappedFile.Read(PathFor(savePath), 4096);
        if (read.Bytes is not { } bytes)
        {
            return null;
        }

        var lines = System.Text.Encoding.UTF8.GetString(bytes).Split('\n');
        if (lines.Length < 2
            || !int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            || !DateTime.TryParse(lines[1], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var started))
        {
            return null;
        }

        var host = lines.Length > 2 ? lines[2].Trim() : string.Empty;
        var sameHost = host.Length == 0 || string.Equals(host, Environment.MachineName, StringComparison.Ordinal);
        // On another host the process cannot be checked: the lock stands (a shared folder).
        return !sameHost || ProcessAlive.Is(pid, started) ? new SaveLockHolder(pid, started, host) : null;
    }

    /// <summary>Releases the lock if this process still holds it.</summary>
    public void Dispose()
    {
        if (released)
        {
            return;
        }

        released = true;
        try
        {
            var read = CappedFile.Read(lockPath, 4096);
            if (read.Bytes is { } bytes && System.Text.Encoding.UTF8.GetString(bytes).StartsWith(Own().Split('\n')[0] + "\n", StringComparison.Ordinal))
            {
                File.Delete(lockPath);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A lock that cannot be removed is taken over once this process has gone.
        }
    }

    private static bool TryCreate(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            using var writer = new StreamWriter(stream);
            writer.Write(Own());
            writer.Flush();
            stream.Flush(flushToDisk: true);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw FileProblem.ForWrite(path, ex);
        }
    }

    private static string Own()
    {
        using var self = Process.GetCurrentProcess();
        var started = self.StartTime.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}\n{started}\n{Environment.MachineName}\n");
    }
}
