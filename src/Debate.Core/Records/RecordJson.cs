using System.Text.Json;
using System.Text.Json.Serialization;

namespace Debate.Core.Records;

/// <summary>
/// Match records as JSON (snake_case, enums as words). Reading never throws on bad content: a
/// corrupt, truncated or other-version file comes back as a reason.
/// </summary>
public static class RecordJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        MaxDepth = 16,
    };

    /// <summary>The record as indented JSON.</summary>
    public static string Write(MatchRecord record) => JsonSerializer.Serialize(record, Options);

    /// <summary>Reads a record, or says what is wrong with the text.</summary>
    public static (MatchRecord? Record, string? Error) Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        int? version;
        var present = false;
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
            var v = default(JsonElement);
            present = doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("format_version", out v);
            version = present && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : null;
        }
        catch (JsonException ex)
        {
            return (null, $"not a match record: the JSON is malformed or cut short ({Where(ex)}).");
        }

        if (version is null)
        {
            return (null, present
                ? "not a match record: its format_version is not a whole number."
                : "not a match record: it has no format_version.");
        }

        if (version is < MatchRecord.OldestVersion or > MatchRecord.CurrentVersion)
        {
            return (null, $"this record is format version {version}; this build reads versions {MatchRecord.OldestVersion} to {MatchRecord.CurrentVersion}.");
        }

        try
        {
            var record = JsonSerializer.Deserialize<MatchRecord>(json, Options);
            var problem = record is null ? "it is empty" : Problem(record);
            return problem is null ? (record, null) : (null, $"the match record is damaged: {problem}.");
        }
        catch (JsonException ex)
        {
            return (null, $"the match record is damaged: {ex.Message.Split(". Path")[0]} ({Where(ex)}).");
        }
    }

    private static string? Problem(MatchRecord r)
    {
        if (string.IsNullOrWhiteSpace(r.Scenario) || string.IsNullOrWhiteSpace(r.ScenarioHash))
        {
            return "it names no scenario";
        }

        if (r.Seats.IsDefaultOrEmpty || r.Seats.Any(s => s is null || string.IsNullOrWhiteSpace(s.Name)))
        {
            return "its seats are missing or unnamed";
        }

        if (r.Moves.IsDefault)
        {
            return "it has no move list";
        }

        if (r.Seats.Any(s => string.IsNullOrWhiteSpace(s.Controller)))
        {
            return "a seat has no controller (human or an opponent level)";
        }

        if (r.FormatVersion >= 2 && (r.Header is null || string.IsNullOrEmpty(r.Header.Hash) || r.Header.Seats.IsDefault))
        {
            return "it has no header (format version 2 records carry one over their seats)";
        }

        if (r.FormatVersion < 2 && r.Header is not null)
        {
            return "a format version 1 record has no header";
        }

        for (var i = 0; i < r.Moves.Length; i++)
        {
            var m = r.Moves[i];
            if (m is null || m.Seat < 0 || m.Seat >= r.Seats.Length || string.IsNullOrEmpty(m.Hash))
            {
                return $"move {i + 1} is incomplete";
            }
        }

        return null;
    }

    private static string Where(JsonException ex) => ex.LineNumber is long line ? $"line {line + 1}" : "position unknown";
}
