using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Debate.Console.Simulation.Balance;

/// <summary>
/// The balance report as one line of JSON (snake_case names, enums as snake_case words, infinite bucket
/// edges as "Infinity"), for scripts and CI. Written field by field with <see cref="Utf8JsonWriter"/>,
/// the writer <see cref="JsonSerializer"/> itself uses, so the text is the serializer's to the byte
/// (BalanceJsonTests compares the two on a played report), but without working out the report's shape by
/// reflection at the end of every run: that compiled some 450 methods on the spot, about a tenth of a
/// second of one core after the games. A field added to a report record must be added here too (the
/// test fails until it is).
/// </summary>
internal static class BalanceJson
{
    public static string Write(BalanceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            Report(json, report);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Report(Utf8JsonWriter json, BalanceReport report)
    {
        json.WriteStartObject();
        json.WriteString("scenario", report.Scenario);
        json.WriteString("title", report.Title);
        json.WriteNumber("games_per_pairing", report.GamesPerPairing);
        json.WriteNumber("seed", report.Seed);
        Number(json, "seconds", report.Seconds);
        json.WriteStartArray("pairings");
        foreach (var pairing in report.Pairings)
        {
            json.WriteStartObject();
            Result(json, pairing.Result);
            Swing(json, pairing.Swing);
            json.WriteStartArray("cards");
            foreach (var card in pairing.Cards)
            {
                Card(json, card);
            }

            json.WriteEndArray();
            Strings(json, "never_played", pairing.NeverPlayed);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "never_played", report.NeverPlayed);
        Strings(json, "findings", report.Findings);
        json.WriteEndObject();
    }

    private static void Result(Utf8JsonWriter json, PairingResult result)
    {
        json.WriteStartObject("result");
        json.WriteString("first", result.First);
        json.WriteString("second", result.Second);
        json.WriteBoolean("mirror", result.Mirror);
        json.WriteNumber("games", result.Games);
        Rate(json, "alliance_wins", result.AllianceWins);
        Rate(json, "partnership_wins", result.PartnershipWins);
        Rate(json, "first_wins", result.FirstWins);
        Rate(json, "second_wins", result.SecondWins);
        json.WriteNumber("dead_heats", result.DeadHeats);
        Word(json, "first_speaker", result.FirstSpeaker.ToString());
        Rate(json, "first_speaker_wins", result.FirstSpeakerWins);
        Number(json, "average_moves", result.AverageMoves);
        Number(json, "average_cards", result.AverageCards);
        Number(json, "choice_rate", result.ChoiceRate);
        json.WriteString("name", result.Name);
        Number(json, "first_speaker_edge", result.FirstSpeakerEdge);
        json.WriteEndObject();
    }

    private static void Rate(Utf8JsonWriter json, string name, Rate rate)
    {
        json.WriteStartObject(name);
        json.WriteNumber("successes", rate.Successes);
        json.WriteNumber("trials", rate.Trials);
        Number(json, "value", rate.Value);
        Number(json, "low", rate.Low);
        Number(json, "high", rate.High);
        json.WriteEndObject();
    }

    private static void Swing(Utf8JsonWriter json, SwingSummary swing)
    {
        json.WriteStartObject("swing");
        Number(json, "mean", swing.Mean);
        Number(json, "median", swing.Median);
        Number(json, "p10", swing.P10);
        Number(json, "p90", swing.P90);
        Number(json, "mean_absolute", swing.MeanAbsolute);
        json.WriteStartArray("buckets");
        foreach (var bucket in swing.Buckets)
        {
            json.WriteStartObject();
            Number(json, "from", bucket.From);
            Number(json, "to", bucket.To);
            json.WriteNumber("games", bucket.Games);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Card(Utf8JsonWriter json, CardImpact card)
    {
        json.WriteStartObject();
        json.WriteString("card", card.Card);
        json.WriteString("tag", card.Tag);
        Word(json, "kind", card.Kind.ToString());
        Word(json, "side", card.Side.ToString());
        json.WriteNumber("games", card.Games);
        json.WriteNumber("played", card.Played);
        Number(json, "play_rate", card.PlayRate);
        Number(json, "win_when_played", card.WinWhenPlayed);
        Number(json, "win_when_not", card.WinWhenNot);
        Number(json, "impact", card.Impact);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>An enum member's name in snake_case, as the serializer's string enum converter writes it.</summary>
    private static void Word(Utf8JsonWriter json, string name, string member) =>
        json.WriteString(name, JsonNamingPolicy.SnakeCaseLower.ConvertName(member));

    /// <summary>A number; infinities and NaN as the named literals the serializer writes with AllowNamedFloatingPointLiterals.</summary>
    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteString(name, double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }
}
