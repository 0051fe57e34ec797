using Debate.Debrief;
using Debate.Debrief.Rendering;
using Debate.Scenarios.Digests;
using Debate.Server.Rooms;
using DebriefModel = Debate.Debrief.Debrief;

namespace Debate.Server.Debriefs;

/// <summary>
/// A room's debrief in any export format, built by Debate.Debrief from the room's match record
/// exactly as <c>debate export</c> builds it from a saved file (the same record, the same digests),
/// and the record itself, which <c>debate replay</c> and <c>debate export</c> read.
/// </summary>
internal static class RoomDebrief
{
    private static readonly Lazy<Dictionary<string, SourceDocument>> BuiltInSources = new(() =>
        DigestLibrary.BuiltIn.Documents.Values.ToDictionary(
            d => d.Id,
            d => new SourceDocument(d.Id, d.Title, d.Author, d.Outlet, d.Date, d.Paragraphs.Length,
                [.. d.Paragraphs.Select(p => new SourceParagraph(p.Number, p.Summary, p.Kind == ParagraphKind.Argument))]),
            StringComparer.Ordinal));

    /// <summary>The debrief as text, or why it cannot be built.</summary>
    public static (string? Text, string? Problem) Render(Room room, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(room);
        var (debrief, problem) = DebriefModel.TryBuild(room.Scenario, room.Record, new DebriefOptions { Sources = BuiltInSources.Value });
        return debrief is null ? (null, problem) : (Export.Render(debrief, format), null);
    }

    /// <summary>A file name for a download: the scenario, the room and the extension (no client-given text).</summary>
    public static string FileName(Room room, string extension)
    {
        ArgumentNullException.ThrowIfNull(room);
        return $"{room.Scenario.Id}-{room.Id}.{extension}";
    }
}
