using System.Collections.Immutable;
using System.Globalization;
using Debate.Core.Content;

namespace Debate.Core.Records;

/// <summary>
/// The hashed header of a record (format version 2): who sat where, on which side, in which role,
/// played by whom, on which scenario and seed. <see cref="StateHash"/> covers the game state only,
/// so without this a record whose roles were swapped or levels changed would still verify. Each seat
/// keeps one short hash per field, so a changed field can be named; <see cref="Hash"/> covers them all.
/// </summary>
/// <remarks>
/// The hashes are not keyed: they catch an edited record, not a forger who recomputes them.
/// </remarks>
/// <param name="Hash">Sixteen hex digits over the scenario, the seed and every seat.</param>
/// <param name="Seats">Per seat, four 8-digit hashes joined by dots: name, side, controller, role.</param>
public sealed record RecordHeader(string Hash, ImmutableArray<string> Seats)
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private static readonly string[] Fields = ["name", "side", "level (controller)", "role"];

    /// <summary>The header of <paramref name="record"/> as it stands.</summary>
    public static RecordHeader Of(MatchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var seats = record.Seats.IsDefault
            ? []
            : record.Seats.Select((s, i) => string.Join('.', FieldsOf(s).Select(f => Short(i, f)))).ToImmutableArray();
        var h = Offset;
        Mix(ref h, record.Scenario);
        Mix(ref h, record.ScenarioHash);
        Mix(ref h, record.Seed.ToString(CultureInfo.InvariantCulture));
        foreach (var seat in seats)
        {
            Mix(ref h, seat);
        }

        return new RecordHeader(h.ToString("x16", CultureInfo.InvariantCulture), seats);
    }

    /// <summary>
    /// What was changed in <paramref name="record"/> since its header was written, in words that
    /// name the seat and the field; null when nothing was, or when the record is of format version 1
    /// (which has no header).
    /// </summary>
    public static string? Problem(MatchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Header is not { } saved)
        {
            return record.FormatVersion >= 2 ? "the record has no header, so its seats and roles cannot be checked" : null;
        }

        var now = Of(record);
        if (now.Hash == saved.Hash && !saved.Seats.IsDefault && now.Seats.SequenceEqual(saved.Seats))
        {
            return null;
        }

        if (saved.Seats.IsDefault || saved.Seats.Length != now.Seats.Length)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the seats were changed since the match was recorded: it lists {now.Seats.Length}, the header {(saved.Seats.IsDefault ? 0 : saved.Seats.Length)}");
        }

        for (var i = 0; i < now.Seats.Length; i++)
        {
            if (now.Seats[i] == saved.Seats[i])
            {
                continue;
            }

            var was = saved.Seats[i].Split('.');
            var isNow = now.Seats[i].Split('.');
            var changed = Enumerable.Range(0, Fields.Length).Where(f => f >= was.Length || was[f] != isNow[f]).Select(f => Fields[f]);
            return string.Create(CultureInfo.InvariantCulture, $"seat {i + 1} ({record.Seats[i].Name}) was changed since the match was recorded: its {string.Join(" and ", changed)}");
        }

        return "the scenario or the seed was changed since the match was recorded (or the header itself was edited)";
    }

    private static IEnumerable<string> FieldsOf(SeatRecord seat) =>
        [seat?.Name ?? string.Empty, seat?.Side.ToString() ?? string.Empty, seat?.Controller ?? string.Empty, seat?.Role ?? "\u0000none"];

    private static string Short(int seat, string field)
    {
        var h = Offset;
        Mix(ref h, seat.ToString(CultureInfo.InvariantCulture));
        Mix(ref h, field);
        return ((uint)(h ^ (h >> 32))).ToString("x8", CultureInfo.InvariantCulture);
    }

    private static void Mix(ref ulong h, string text)
    {
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }

        h = (h ^ 0xFFFF) * Prime;
    }
}
