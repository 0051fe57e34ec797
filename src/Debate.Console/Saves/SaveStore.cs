using System.Globalization;
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

    /// <summary>The store in the user's data folder, or under <c>DEBATE_HOME</c> when it is set.</summary>
    public static SaveStore Default() => new(HomeFolder(), TimeProvider.System);

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
        Directory.CreateDirectory(Folder);
        var stamp = clock.GetLocalNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var name = $"{stamp}-{Safe(record.Scenario)}-{record.Seed.ToString(CultureInfo.InvariantCulture)}";
        var path = Path.Combine(Folder, name + ".json");
        for (var i = 2; File.Exists(path); i++)
        {
            path = Path.Combine(Folder, $"{name}-{i.ToString(CultureInfo.InvariantCulture)}.json");
        }

        var slot = new SaveSlot(path, scenarioSource, FinishedFolder);
        slot.Write(record);
        return slot;
    }

    /// <summary>The slot of a save found on disk, to carry on writing to it.</summary>
    public SaveSlot Reopen(SavedMatch saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        return new SaveSlot(saved.Path, saved.Source ?? string.Empty, FinishedFolder);
    }

    /// <summary>Saved matches still in progress, newest first.</summary>
    public IReadOnlyList<SavedMatch> InProgress() => List(Folder, finished: false);

    /// <summary>Finished matches, newest first.</summary>
    public IReadOnlyList<SavedMatch> Finished() => List(FinishedFolder, finished: true);

    /// <summary>How many matches in progress are saved, without reading them (the menu shows it).</summary>
    public int CountInProgress() => Directory.Exists(Folder) ? Directory.EnumerateFiles(Folder, "*.json").Count() : 0;

    private static List<SavedMatch> List(string folder, bool finished)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(folder, "*.json")
            .Select(f => SavedMatch.Read(f, finished))
            .OrderByDescending(s => s.SavedAt)];
    }

    private static string Safe(string id) =>
        new([.. id.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_').Take(40)]);
}
