using System.Globalization;
using Debate.Core.Records;

namespace Debate.Console.Saves;

/// <summary>A save file as listed in Resume and Replay: the record, or why it cannot be read.</summary>
internal sealed record SavedMatch(string Path, string? Source, MatchRecord? Record, string? Error, DateTime SavedAt, bool Finished)
{
    public static SavedMatch Read(string path, bool finished)
    {
        ArgumentNullException.ThrowIfNull(path);
        var sourceFile = SaveSlot.SourcePath(path);
        var source = File.Exists(sourceFile) ? File.ReadAllText(sourceFile).Trim() : null;
        var when = File.GetLastWriteTime(path);
        try
        {
            var (record, error) = RecordJson.Read(File.ReadAllText(path));
            return new SavedMatch(path, source, record, error, when, finished);
        }
        catch (IOException ex)
        {
            return new SavedMatch(path, source, null, ex.Message, when, finished);
        }
        catch (UnauthorizedAccessException ex)
        {
            return new SavedMatch(path, source, null, ex.Message, when, finished);
        }
    }

    /// <summary>Who plays whom, for the list.</summary>
    public string Label
    {
        get
        {
            if (Record is null)
            {
                return $"{System.IO.Path.GetFileName(Path)} (cannot be read)";
            }

            var sides = Record.Seats.GroupBy(s => s.Side).Select(g => string.Join(" & ", g.Select(s => s.Controller == "human" ? s.Name : $"{s.Name} ({s.Controller})")));
            return string.Join(" vs ", sides);
        }
    }

    /// <summary>When and how far, for the list.</summary>
    public string Detail => Record is null
        ? Error ?? "unreadable"
        : $"{Record.Scenario}, {Record.Moves.Length} moves, seed {Record.Seed.ToString(CultureInfo.InvariantCulture)}, saved {SavedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}";
}
