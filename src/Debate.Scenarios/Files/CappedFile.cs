using System.Globalization;

namespace Debate.Scenarios.Files;

/// <summary>
/// The one way the program reads a file a user or a folder listing named: a regular file of at
/// most a set size, or a one-line reason. Devices, pipes and sockets are refused before they are
/// opened (opening a FIFO waits for a writer, reading /dev/zero never ends), so no path can hang or
/// exhaust the program; a symbolic link is judged by what it finally points to.
/// </summary>
public static class CappedFile
{
    /// <summary>Reads <paramref name="path"/> if it is a regular file of 1 to <paramref name="maxBytes"/> bytes.</summary>
    public static CappedRead Read(string path, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        try
        {
            if (Check(path, maxBytes) is { } refused)
            {
                return refused;
            }

            // A regular file can still grow while it is read: never take more than one byte past the limit.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    return new CappedRead(null, Invariant($"it is over {maxBytes:N0} bytes; the limit is {maxBytes:N0} bytes, so it was not read"), TooLarge: true);
                }
            }

            return new CappedRead(buffer.ToArray(), null);
        }
        catch (FileNotFoundException)
        {
            return new CappedRead(null, "no such file", Missing: true);
        }
        catch (DirectoryNotFoundException)
        {
            return new CappedRead(null, "no such file (its folder does not exist)", Missing: true);
        }
        catch (UnauthorizedAccessException)
        {
            return new CappedRead(null, "permission denied; check that you may read it");
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return new CappedRead(null, $"it could not be read ({OneLine(ex.Message)})");
        }
    }

    /// <summary>Why <paramref name="path"/> would not be read, or null when it is a regular file within the limit.</summary>
    public static CappedRead? Check(string path, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
        {
            return new CappedRead(null, "the path is empty", Missing: true);
        }

        if (Directory.Exists(path))
        {
            return new CappedRead(null, "it is a folder, not a file");
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return new CappedRead(null, "no such file", Missing: true);
        }

        FileSystemInfo target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
        target.Refresh();
        if (!target.Exists && target is not DirectoryInfo)
        {
            return new CappedRead(null, $"it is a link to {target.FullName}, which does not exist", Missing: true);
        }

        if (target is DirectoryInfo || Directory.Exists(target.FullName))
        {
            return new CappedRead(null, "it is a link to a folder, not a file");
        }

        // The size a regular file reports: 0 for devices, pipes, sockets and /proc files, which are
        // refused unopened (an empty regular file holds nothing to read either).
        var length = target is FileInfo file ? file.Length : 0;
        if (length == 0)
        {
            return new CappedRead(null, "it is empty, or it is a device, a pipe or a socket rather than a file; nothing was read");
        }

        return length > maxBytes
            ? new CappedRead(null, Invariant($"it is {length:N0} bytes; the limit is {maxBytes:N0} bytes, so it was not read"), TooLarge: true)
            : null;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
