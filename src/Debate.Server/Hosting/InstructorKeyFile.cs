namespace Debate.Server.Hosting;

/// <summary>
/// The instructor's key kept in the data folder (<c>instructor.key</c>, readable by its owner only), so
/// that the instructor's link and open page keep working after the server restarts (even after a
/// kill -9). Deleting the file gives the next start a new key.
/// </summary>
public static class InstructorKeyFile
{
    public const string Name = "instructor.key";

    /// <summary>The key stored under <paramref name="dataFolder"/>, made and stored first if there is none (or it is not a key).</summary>
    public static string LoadOrCreate(string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(dataFolder);
        Directory.CreateDirectory(dataFolder);
        var path = Path.Combine(dataFolder, Name);
        if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: 43 } kept && kept.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return kept;
        }

        var key = Secrets.NewKey();
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(stream.SafeFileHandle, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            using var writer = new StreamWriter(stream);
            writer.Write(key);
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
        return key;
    }
}
