using System.Globalization;
using System.Text;
using Debate.Core.Records;
using Debate.Core.Text;
using Debate.Scenarios.Files;

namespace Debate.Console.Saves;

/// <summary>A save file as listed in Resume and Replay: the record, or why it cannot be read.</summary>
internal sealed record SavedMatch(string Path, string? Source, MatchRecord? Record, string? Error, DateTime SavedAt, bool Finished)
{
    /// <summary>The largest record read: a finished match is tens of kilobytes, so 16 MiB is far beyond any real one.</summary>
    public const long MaxBytes = 16L * 1024 * 1024;

    /// <summary>
    /// Reads a save through the capped reader: never throws, never waits on a device or a pipe, and
    /// says what is wrong in one line when it cannot give the record.
    /// </summary>
    public static SavedMatch Read(string path, bool finished)
    {
        ArgumentNullException.ThrowIfNull(path);
        var sourceRead = CappedFile.Read(SaveSlot.SourcePath(path), 64 * 1024);
        var source = sourceRead.Bytes is { } s ? Encoding.UTF8.GetString(s).Trim() : null;
        DateTime when;
        try
        {
            when = File.GetLastWriteTime(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            when = DateTime.MinValue;
        }

        var read = CappedFile.Read(path, MaxBytes);
        if (read.Bytes is not { } bytes)
        {
            return new SavedMatch(path, source, null, read.Problem, when, finished);
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return new SavedMatch(path, source, null, "not a match record: it is not UTF-8 text (a binary file?).", when, finished);
        }

        var (record, error) = RecordJson.Read(text);
        return new SavedMatch(path, source, record, error, when, finished);
    }

    /// <summary>Who plays whom, for the list, on one line whatever the names hold.</summary>
    public string Label
    {
        get
        {
            if (Record is null)
            {
                return $"{VisibleText.Line(System.IO.Path.GetFileName(Path))} (cannot be read)";
            }

            var sides = Record.Seats.GroupBy(s => s.Side).Select(g => string.Join(" & ", g.Select(s => s.Controller == "human" ? s.Name : $"{s.Name} ({s.Controller})")));
            return VisibleText.Line(string.Join(" vs ", sides));
        }
    }

    /// <summary>When and how far, for the list (or why it cannot be read).</summary>
    public string Detail => VisibleText.Line(Record is null
        ? Error ?? "unreadable"
        : $"{Record.Scenario}, {Record.Moves.Length} moves, seed {Record.Seed.ToString(CultureInfo.InvariantCulture)}, saved {SavedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}");
}
