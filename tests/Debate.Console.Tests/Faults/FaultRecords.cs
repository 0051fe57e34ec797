using System.Text;
using System.Text.Json.Nodes;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Records;
using Debate.Opponents;
using Debate.Scenarios;

namespace Debate.Console.Tests.Faults;

/// <summary>Played records to corrupt, and the hostile strings to put in them.</summary>
internal static class FaultRecords
{
    public static readonly string[] Hostile =
    [
        "\u001b[2J\u001b[H", "\u001bc", "\u001b]52;c;aGVsbG8=\u0007", "\u001b]0;owned\u001b\\", "\u009b31m", "\u0007\u0008\u007f",
        "\r\n", "\n", "\u202e", "\u2066", "\u200b", "\ufeff", "\u0000", "\u2028", "\udb40\udc41",
    ];

    /// <summary>A whole match on the built-in scenario, three seats with roles dealt, an opponent on each.</summary>
    public static MatchRecord Played(ulong seed)
    {
        var scenario = BuiltInScenarios.Default;
        SeatSpec[] seats = [new("Ann", Side.Alliance, "novice"), new("Bo", Side.Partnership, "debater"), new("Cy", Side.Alliance, "novice")];
        var match = MatchSetup.Start(scenario, seats, seed);
        var record = MatchRecord.Begin(match);
        var bots = match.Seats.Select((s, i) => OpponentFactory.Create(s.Controller, scenario, seed + (ulong)i)).ToArray();
        while (!match.IsOver)
        {
            var choice = bots[match.Speaker].Choose(PlayerView.Of(match, match.Speaker), Rules.LegalMoves(match));
            match = Rules.Apply(match, choice.Move).Match;
            record = record.With(choice.Move, match, choice.Reason);
        }

        return record;
    }

    /// <summary>
    /// What `debate replay FILE --verify` must answer for these bytes: 0 when they are a record that
    /// reads and replays on the built-in scenario, else 1 (the oracle is the library the verb uses).
    /// </summary>
    public static int ExpectedCode(byte[] bytes)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return 1;
        }

        var (record, _) = RecordJson.Read(text);
        if (record is null || record.Scenario != BuiltInScenarios.Default.Id)
        {
            return 1;
        }

        return Replay.Run(BuiltInScenarios.Default, record).Verified ? 0 : 1;
    }

    public static JsonObject Json(MatchRecord record) => JsonNode.Parse(RecordJson.Write(record))!.AsObject();
}
