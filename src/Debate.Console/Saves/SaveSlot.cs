using Debate.Console.Files;
using Debate.Core.Records;

namespace Debate.Console.Saves;

/// <summary>
/// One match's save file, held open by this process: every write goes through <see cref="AtomicFile"/>
/// (a temporary file, then a rename), so a crash or a closed terminal leaves either the old record or
/// the new one, never half of one; and the slot holds the save's <see cref="SaveLock"/> until it is
/// disposed or the match is finished, so no second window writes over it.
/// </summary>
internal sealed class SaveSlot(string path, string scenarioSource, string finishedFolder, SaveLock? held = null) : IDisposable
{
    private SaveLock? held = held;

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

    /// <summary>Writes the final record, moves it to the finished matches and lets go of the lock.</summary>
    public void Finish(MatchRecord record)
    {
        Write(record);
        var target = System.IO.Path.Combine(finishedFolder, System.IO.Path.GetFileName(Path));
        try
        {
            Directory.CreateDirectory(finishedFolder);
            var source = SourcePath(Path);
            if (File.Exists(source))
            {
                File.Move(source, SourcePath(target), overwrite: true);
            }

            File.Move(Path, target, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw FileProblem.ForWrite(target, ex);
        }

        Path = target;
        Dispose();
    }

    /// <summary>Releases the save for other windows.</summary>
    public void Dispose()
    {
        held?.Dispose();
        held = null;
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> through <see cref="AtomicFile"/>.</summary>
    public static void Atomic(string path, string text) => AtomicFile.Write(path, text);
}
