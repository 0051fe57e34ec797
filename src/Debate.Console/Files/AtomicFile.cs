using System.Globalization;
using System.Text;

namespace Debate.Console.Files;

/// <summary>
/// The one place the program writes a file: a temporary file in the same folder, flushed to the
/// disk, then renamed over the target, so a crash, a kill or a full disk leaves the old file or the
/// new one and never half of one. It refuses to write over a file the same command is reading,
/// removes its temporary file whatever happens, and turns every failure into a <see cref="FileProblem"/>.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A test's stand-in for the disk: called with the open temporary file before each write (it may throw, as a full disk would).</summary>
    internal static Action<FileStream>? BeforeWriteForTests { get; set; }

    /// <summary>
    /// Writes <paramref name="text"/> (UTF-8) to <paramref name="path"/>. <paramref name="inputs"/> are
    /// the files this command reads: writing over one of them is refused (export -o SAVE SAVE).
    /// </summary>
    public static void Write(string path, string text, IEnumerable<string?>? inputs = null, bool overwrite = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var full = Target(path, inputs, overwrite);
        var temp = TempPathFor(full);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                BeforeWriteForTests?.Invoke(stream);
                var bytes = Utf8.GetBytes(text);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            TryDelete(temp);
            throw FileProblem.ForWrite(path, ex);
        }
    }

    /// <summary>
    /// Checks before a long command (a match, a batch) that <paramref name="path"/> can be written:
    /// the same refusals as <see cref="Write"/>, and a probe that the folder takes a new file.
    /// </summary>
    public static void Check(string path, IEnumerable<string?>? inputs = null, bool overwrite = true)
    {
        var full = Target(path, inputs, overwrite);
        var probe = TempPathFor(full);
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
            }

            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            TryDelete(probe);
            throw FileProblem.ForWrite(path, ex);
        }
    }

    /// <summary>The full path to write, or the <see cref="FileProblem"/> that forbids it.</summary>
    private static string Target(string path, IEnumerable<string?>? inputs, bool overwrite)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new FileProblem(path ?? string.Empty, "the path is empty; give a file name");
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new FileProblem(path, "it is not a usable path; choose another", ex);
        }

        if (Directory.Exists(full))
        {
            throw new FileProblem(path, "it is a folder; give the path of a file inside it");
        }

        foreach (var input in inputs ?? [])
        {
            if (!string.IsNullOrEmpty(input) && SameFile(full, input))
            {
                throw new FileProblem(path, "it is also this command's input, so writing would destroy it; write to another file");
            }
        }

        if (!overwrite && File.Exists(full))
        {
            throw new FileProblem(path, "it already exists; choose another name (or pass --force to replace it)");
        }

        var folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new FileProblem(path, File.Exists(folder)
                ? "its folder is a file, not a folder; choose another path"
                : "its folder does not exist; create the folder first or choose another path");
        }

        return full;
    }

    /// <summary>
    /// The temporary file for <paramref name="full"/>: hidden, beside it, named with this process's
    /// id so that <see cref="SweepStrays"/> can tell a live writer's file from a killed one's.
    /// </summary>
    public static string TempPathFor(string full)
    {
        ArgumentNullException.ThrowIfNull(full);
        var name = Path.GetFileName(full);
        var unique = string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}.{Random.Shared.Next(0x10000):x4}");
        return Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{name}.{unique}.tmp");
    }

    /// <summary>
    /// Removes the temporary files in <paramref name="folder"/> that a killed run left: ours whose
    /// process is gone, and the <c>*.json.tmp</c> files of earlier versions once a minute old.
    /// Returns how many were removed. Never throws: a folder that cannot be swept is left as it is.
    /// </summary>
    public static int SweepStrays(string folder)
    {
        var removed = 0;
        try
        {
            if (!Directory.Exists(folder))
            {
                return 0;
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*.tmp"))
            {
                var name = Path.GetFileName(file);
                var stray = name.StartsWith('.') ? OwnerGone(name) : name.EndsWith(".json.tmp", StringComparison.Ordinal)
                    && File.GetLastWriteTimeUtc(file) < DateTime.UtcNow.AddMinutes(-1);
                if (stray && TryDelete(file))
                {
                    removed++;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Sweeping is housekeeping: a folder we may not list keeps its strays.
        }

        return removed;
    }

    /// <summary>Whether two paths name the same file (after following links), so a command does not write over its own input.</summary>
    public static bool SameFile(string a, string b)
    {
        return string.Equals(Resolve(a), Resolve(b), StringComparison.Ordinal);

        static string Resolve(string p)
        {
            try
            {
                var full = Path.GetFullPath(p);
                var info = new FileInfo(full);
                return info.LinkTarget is null ? full : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
            }
            catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException or NotSupportedException)
            {
                return p;
            }
        }
    }

    private static bool OwnerGone(string name)
    {
        // .NAME.PID.XXXX.tmp
        var parts = name.Split('.');
        return parts.Length >= 4
            && int.TryParse(parts[^3], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && !ProcessAlive.Is(pid);
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
