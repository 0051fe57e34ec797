using System.Globalization;
using Debate.Console.Files;
using Debate.Core.Records;

namespace Debate.Console.Saves;

/// <summary>
/// Where matches are kept: <c>$DEBATE_HOME/saves</c>, else the user's local data folder
/// (<c>~/.local/share/debate/saves</c> on Linux). Matches in progress sit in <c>saves/</c>,
/// finished ones in <c>saves/finished/</c>; each record is the same JSON that <c>debate replay</c> reads.
/// </summary>
internal sealed class SaveStore(string home, TimeProvider clock)
{
    public string Home { get; } = home;

    public string Folder => Path.Combine(Home, "saves");

    public string FinishedFolder => Path.Combine(Folder, "finished");

    /// <summary>
    /// The store in the user's data folder, or under <c>DEBATE_HOME</c> when it is set, with the
    /// temporary files a killed run left behind swept away.
    /// </summary>
    public static SaveStore Default()
    {
        var store = new SaveStore(HomeFolder(), TimeProvider.System);
        store.SweepStrays();
        return store;
    }

    /// <summary>Removes temporary files of killed runs from both save folders; how many went.</summary>
    public int SweepStrays() => AtomicFile.SweepStrays(Folder) + AtomicFile.SweepStrays(FinishedFolder);

    public static string HomeFolder()
    {
        var overridden = Environment.GetEnvironmentVariable("DEBATE_HOME");
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            return overridden;
        }

        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return Path.Combine(string.IsNullOrEmpty(data) ? Path.GetTempPath() : data, "debate");
    }

    /// <summary>A new save for a match just dealt, written at once so that even the deal survives a crash.</summary>
    public SaveSlot Create(MatchRecord record, string scenarioSource)
    {
        ArgumentNullException.ThrowIfNull(record);
        try
        {
            Directory.CreateDirectory(Folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new FileProblem(Folder, $"the save folder cannot be created ({FileProblem.ForWrite(Folder, ex).Problem}); set DEBATE_HOME to a folder you may write");
        }

        var stamp = clock.GetLocalNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var name = $"{stamp}-{Safe(record.Scenario)}-{record.Seed.ToString(CultureInfo.InvariantCulture)}";
        var path = Path.Combine(Folder, name + ".json");
        for (var i = 2; File.Exists(path); i++)
        {
            path = Path.Combine(Folder, $"{name}-{i.ToString(CultureInfo.InvariantCulture)}.json");
        }

        var taken = SaveLock.TryTake(path);
        if (taken.HeldBy is { } holder)
        {
            throw new SaveInUseException(path, holder);
        }

        var slot = new SaveSlot(path, scenarioSource, FinishedFolder, taken.Lock);
        try
        {
            slot.Write(record);
        }
        catch
        {
            slot.Dispose();
            throw;
        }

        return slot;
    }

    /// <summary>
    /// The slot of a save found on disk, to carry on writing to it, holding its lock; a
    /// <see cref="SaveInUseException"/> (saying who) when another window has it open.
    /// </summary>
    public SaveSlot Reopen(SavedMatch saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        var taken = SaveLock.TryTake(saved.Path);
        return taken.HeldBy is { } holder
            ? throw new SaveInUseException(saved.Path, holder)
            : new SaveSlot(saved.Path, saved.Source ?? string.Empty, FinishedFolder, taken.Lock);
    }

    /// <summary>Who has <paramref name="saved"/> open in another window, or null (for a list to mark it).</summary>
    public static SaveLockHolder? OpenElsewhere(SavedMatch saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        var holder = SaveLock.Holder(saved.Path);
        return holder is not null && holder.ProcessId != Environment.ProcessId ? holder : null;
    }

    /// <summary>
    /// Deletes a save of this store, the note of its scenario's source and a lock nobody holds; a file
    /// already gone is no error, a save open in another window is a <see cref="SaveInUseException"/>.
    /// </summary>
    public void Delete(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder != Path.GetFullPath(Folder) && folder != Path.GetFullPath(FinishedFolder))
        {
            throw new ArgumentException($"{path} is not a save of {Folder}.", nameof(path));
        }

        if (SaveLock.Holder(path) is { } holder && holder.ProcessId != Environment.ProcessId)
        {
            throw new SaveInUseException(path, holder);
        }

        try
        {
            File.Delete(SaveSlot.SourcePath(path));
            File.Delete(path);
            File.Delete(SaveLock.PathFor(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw FileProblem.ForWrite(path, ex);
        }
    }

    /// <summary>Saved matches still in progress, newest first.</summary>
    public IReadOnlyList<SavedMatch> InProgress() => List(Folder, finished: false);

    /// <summary>Finished matches, newest first.</summary>
    public IReadOnlyList<SavedMatch> Finished() => List(FinishedFolder, finished: true);

    /// <summary>How many matches in progress are saved, without reading them (the menu shows it).</summary>
    public int CountInProgress()
    {
        try
        {
            return Directory.Exists(Folder) ? Directory.EnumerateFiles(Folder, "*.json").Count() : 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static List<SavedMatch> List(string folder, bool finished)
    {
        try
        {
            if (!Directory.Exists(folder))
            {
                return [];
            }

            // Every file is read through the capped reader: a FIFO, a device or a huge file in the
            // folder is listed as unreadable (with why), never waited on.
            return [.. Directory.EnumerateFiles(folder, "*.json")
                .Select(f => SavedMatch.Read(f, finished))
                .OrderByDescending(s => s.SavedAt)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [new SavedMatch(folder, null, null, $"the save folder cannot be listed: {ex.Message}", DateTime.MinValue, finished)];
        }
    }

    private static string Safe(string id) =>
        new([.. id.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_').Take(40)]);
}
