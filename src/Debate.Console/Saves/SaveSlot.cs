using Debate.Core.Records;

namespace Debate.Console.Saves;

/// <summary>
/// One match's save file. Every write goes to a temporary file first and is then renamed over the
/// save, so a crash or a closed terminal leaves either the old record or the new one, never half of one.
/// </summary>
internal sealed class SaveSlot(string path, string scenarioSource, string finishedFolder)
{
    public string Path { get; private set; } = path;

    public string ScenarioSource { get; } = scenarioSource;

    /// <summary>Where the scenario came from (a file path, or <c>builtin:NAME</c>), kept beside the record.</summary>
    public static string SourcePath(string recordPath) => System.IO.Path.ChangeExtension(recordPath, ".source");

    public void Write(MatchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Atomic(Path, RecordJson.Write(record));
        var source = SourcePath(Path);
        if (!string.IsNullOrEmpty(ScenarioSource) && !File.Exists(source))
        {
            Atomic(source, ScenarioSource);
        }
    }

    /// <summary>Writes the final record and moves it to the finished matches.</summary>
    public void Finish(MatchRecord record)
    {
        Write(record);
        Directory.CreateDirectory(finishedFolder);
        var target = System.IO.Path.Combine(finishedFolder, System.IO.Path.GetFileName(Path));
        var source = SourcePath(Path);
        if (File.Exists(source))
        {
            File.Move(source, SourcePath(target), overwrite: true);
        }

        File.Move(Path, target, overwrite: true);
        Path = target;
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> through a temporary file and a rename.</summary>
    public static void Atomic(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(text);
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }
}
