using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Debate.Core.Play;
using Debate.Core.Records;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Records;

public sealed class RecordJsonTests
{
    private static readonly MatchRecord Record = Playout.Play(SampleScenario.Build(), Playout.FiveSeats, 17).Record;
    private static readonly string Json = RecordJson.Write(Record);

    private static string Refused(string json)
    {
        (MatchRecord? Record, string? Error) result = (null, null);
        Assert.DoesNotThrow(() => result = RecordJson.Read(json), json.Length > 200 ? json[..200] : json);
        Assert.That(result.Record, Is.Null, json);
        Assert.That(result.Error, Is.Not.Null.And.Not.Empty, json);
        return result.Error!;
    }

    private static string Edited(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(Json)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    [Test]
    public void Write_UsesSnakeCaseAndEnumsAsWords()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Json, Does.Contain("\"format_version\": 2"));
            Assert.That(Json, Does.Contain("\"header\": {"));
            Assert.That(Json, Does.Contain("\"scenario_hash\": \"" + SampleScenario.Build().ContentHash + "\""));
            Assert.That(Json, Does.Contain("\"side\": \"partnership\""));
            Assert.That(Json, Does.Contain("\"kind\": \"end_speech\""));
            Assert.That(Json, Does.Contain("\"seed\": 17"));
        });
    }

    [Test]
    public void Read_OfWrite_GivesTheSameRecord()
    {
        var (read, error) = RecordJson.Read(Json);

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.Null);
            Assert.That(read!.FormatVersion, Is.EqualTo(MatchRecord.CurrentVersion));
            Assert.That(read.Scenario, Is.EqualTo(Record.Scenario));
            Assert.That(read.ScenarioHash, Is.EqualTo(Record.ScenarioHash));
            Assert.That(read.Seed, Is.EqualTo(Record.Seed));
            Assert.That(read.Seats, Is.EqualTo(Record.Seats));
            Assert.That(read.Moves, Is.EqualTo(Record.Moves));
            Assert.That(RecordJson.Write(read), Is.EqualTo(Json));
        });
    }

    [Test]
    public void Reasons_AreWrittenWhenGiven_ReadBack_AndLeftOutWhenAbsent()
    {
        var first = Record.Moves[0] with { Reason = "Claims A01: it adds most to our standing case." };
        var withReason = Record with { Moves = Record.Moves.SetItem(0, first) };
        var json = RecordJson.Write(withReason);

        var (read, error) = RecordJson.Read(json);

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.Null);
            Assert.That(read!.Moves[0].Reason, Is.EqualTo(first.Reason));
            Assert.That(read.Moves.Skip(1).Select(m => m.Reason), Is.All.Null);
            Assert.That(json, Does.Contain("\"reason\": \"Claims A01"));
            Assert.That(Json, Does.Not.Contain("\"reason\""), "a move without a reason writes no reason field, so older records look as before");
        });
    }

    [Test]
    public void Reasons_AreCommentary_ReplayIgnoresThem()
    {
        var moves = Record.Moves.Select((m, i) => m with { Reason = $"reason {i}" }).ToImmutableArray();

        Assert.That(Replay.Run(SampleScenario.Build(), Record with { Moves = moves }).Verified, Is.True);
    }

    [Test]
    public void Read_OfARecordWithRolesAndTargets_KeepsThem()
    {
        Assume.That(Record.Seats.Any(s => s.Role is not null));
        Assume.That(Record.Moves.Any(m => m.Target is not null));

        var (read, _) = RecordJson.Read(Json);

        Assert.Multiple(() =>
        {
            Assert.That(read!.Seats.Select(s => s.Role), Is.EqualTo(Record.Seats.Select(s => s.Role)));
            Assert.That(read.Moves.Select(m => m.Target), Is.EqualTo(Record.Moves.Select(m => m.Target)));
        });
    }

    [Test]
    public void Read_AHugeSeed_RoundTrips()
    {
        var record = Record with { Seed = ulong.MaxValue };

        var (read, _) = RecordJson.Read(RecordJson.Write(record));

        Assert.That(read!.Seed, Is.EqualTo(ulong.MaxValue));
    }

    [Test]
    public void Read_EveryTruncationOfARealRecord_IsRefusedWithAReason()
    {
        for (var length = 0; length < Json.Length; length++)
        {
            var (record, error) = RecordJson.Read(Json[..length]);

            Assert.That(record, Is.Null, $"cut at {length}");
            Assert.That(error, Does.StartWith("not a match record: the JSON is malformed or cut short ("), $"cut at {length}");
        }
    }

    [TestCase("{not json")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("{\"format_version\": 1,}")]
    [TestCase("{\"format_version\": 1} trailing")]
    public void Read_MalformedJson_IsRefusedAsMalformed(string json)
    {
        Assert.That(Refused(json), Does.StartWith("not a match record: the JSON is malformed or cut short"));
    }

    [Test]
    public void Read_MalformedJson_SaysOnWhichLine()
    {
        Assert.That(Refused("{\n\"format_version\": 1,\n\"seed\": }"), Is.EqualTo("not a match record: the JSON is malformed or cut short (line 3)."));
    }

    [TestCase(3)]
    [TestCase(0)]
    [TestCase(-1)]
    public void Read_AnotherFormatVersion_IsRefusedNamingBothVersions(int version)
    {
        var json = Edited(r => r["format_version"] = version);

        Assert.That(Refused(json), Is.EqualTo($"this record is format version {version}; this build reads versions 1 to 2."));
    }

    [Test]
    public void Read_Version1WithoutAHeader_IsReadAndReplays()
    {
        var json = Edited(r =>
        {
            r["format_version"] = 1;
            r.Remove("header");
        });

        var (record, error) = RecordJson.Read(json);

        Assert.That(error, Is.Null);
        Assert.That((record!.FormatVersion, record.Header), Is.EqualTo((1, (RecordHeader?)null)));
        Assert.That(Replay.Run(SampleScenario.Build(), record).Verified, Is.True);
    }

    [Test]
    public void Read_Version2WithoutItsHeader_IsDamaged()
    {
        Assert.That(Refused(Edited(r => r.Remove("header"))), Does.Contain("it has no header"));
    }

    [Test]
    public void Read_WithoutAFormatVersion_IsRefused()
    {
        var json = Edited(r => r.Remove("format_version"));

        Assert.That(Refused(json), Is.EqualTo("not a match record: it has no format_version."));
    }

    [TestCase("\"1\"")]
    [TestCase("null")]
    [TestCase("true")]
    [TestCase("1.5")]
    [TestCase("{}")]
    [TestCase("[1]")]
    [TestCase("99999999999")]
    public void Read_AFormatVersionThatIsNotAnInteger_IsRefusedWithoutThrowing(string version)
    {
        var json = "{\"format_version\": " + version + ", \"scenario\": \"sample\"}";

        Assert.That(Refused(json), Is.EqualTo("not a match record: its format_version is not a whole number."));
    }

    [TestCase("[]")]
    [TestCase("1")]
    [TestCase("null")]
    [TestCase("\"record\"")]
    public void Read_ARootThatIsNotAnObject_IsRefused(string json)
    {
        Assert.That(Refused(json), Is.EqualTo("not a match record: it has no format_version."));
    }

    [TestCase("scenario")]
    [TestCase("scenario_hash")]
    [TestCase("seed")]
    [TestCase("seats")]
    [TestCase("moves")]
    public void Read_WithATopLevelFieldMissing_IsRefusedAsDamaged(string field)
    {
        var json = Edited(r => r.Remove(field));

        Assert.That(Refused(json), Does.StartWith("the match record is damaged: "));
    }

    [TestCase("scenario")]
    [TestCase("scenario_hash")]
    [TestCase("seed")]
    [TestCase("seats")]
    [TestCase("moves")]
    public void Read_WithATopLevelFieldNull_IsRefusedAsDamaged(string field)
    {
        var json = Edited(r => r[field] = null);

        Assert.That(Refused(json), Does.StartWith("the match record is damaged: "));
    }

    [TestCase("name")]
    [TestCase("side")]
    [TestCase("controller")]
    [TestCase("role")]
    public void Read_WithASeatFieldMissing_IsRefusedAsDamaged(string field)
    {
        var json = Edited(r => r["seats"]![1]!.AsObject().Remove(field));

        Assert.That(Refused(json), Does.StartWith("the match record is damaged: "));
    }

    [TestCase("seat")]
    [TestCase("kind")]
    [TestCase("card")]
    [TestCase("target")]
    [TestCase("hash")]
    public void Read_WithAMoveFieldMissing_IsRefusedAsDamaged(string field)
    {
        var json = Edited(r => r["moves"]![2]!.AsObject().Remove(field));

        Assert.That(Refused(json), Does.StartWith("the match record is damaged: "));
    }

    [Test]
    public void Read_WithAnEmptyScenarioName_IsRefused()
    {
        var json = Edited(r => r["scenario"] = " ");

        Assert.That(Refused(json), Is.EqualTo("the match record is damaged: it names no scenario."));
    }

    [Test]
    public void Read_WithoutSeats_IsRefused()
    {
        var json = Edited(r => r["seats"] = new JsonArray());

        Assert.That(Refused(json), Is.EqualTo("the match record is damaged: its seats are missing or unnamed."));
    }

    [Test]
    public void Read_WithAnUnnamedSeat_IsRefused()
    {
        var json = Edited(r => r["seats"]![0]!["name"] = "");

        Assert.That(Refused(json), Is.EqualTo("the match record is damaged: its seats are missing or unnamed."));
    }

    [Test]
    public void Read_WithANullSeat_IsRefused()
    {
        var json = Edited(r => r["seats"]![0] = null);

        Assert.That(Refused(json), Does.StartWith("the match record is damaged: "));
    }

    [TestCase(5)]
    [TestCase(-1)]
    public void Read_WithAMoveBySeatThatDoesNotExist_IsRefusedNamingTheMove(int seat)
    {
        var json = Edited(r => r["moves"]![2]!["seat"] = seat);

        Assert.That(Refused(json), Is.EqualTo("the match record is damaged: move 3 is incomplete."));
    }

    [Test]
    public void Read_WithAMoveWithoutAHash_IsRefusedNamingTheMove()
    {
        var json = Edited(r => r["moves"]![0]!["hash"] = "");

        Assert.That(Refused(json), Is.EqualTo("the match record is damaged: move 1 is incomplete."));
    }

    [Test]
    public void Read_WithANullMove_IsRefused()
    {
        var json = Edited(r => r["moves"]![0] = null);

        Assert.That(Refused(json), Does.StartWith("the match record is damaged: "));
    }

    [TestCase("\"dance\"")]
    [TestCase("0")]
    [TestCase("null")]
    public void Read_WithAnUnknownMoveKind_IsRefused(string kind)
    {
        var json = Edited(r => r["moves"]![0]!["kind"] = JsonNode.Parse(kind));

        Assert.That(Refused(json), Does.StartWith("the match record is damaged: "));
    }

    [TestCase("-1")]
    [TestCase("\"seven\"")]
    [TestCase("1.5")]
    [TestCase("18446744073709551616")]
    public void Read_WithASeedThatIsNotAnUnsignedInteger_IsRefused(string seed)
    {
        var json = Edited(r => r["seed"] = JsonNode.Parse(seed));

        Assert.That(Refused(json), Does.StartWith("the match record is damaged: "));
    }

    [Test]
    public void Read_NestedTooDeep_IsRefused()
    {
        var json = "{\"format_version\": 1, \"x\": " + new string('[', 100) + new string(']', 100) + "}";

        Refused(json);
    }

    // Seed 4242: two thousand random one-character edits of a real record never make Read throw, and
    // whatever it accepts replays without throwing either.
    [Test]
    public void Read_RandomlyCorruptedRecordsFromSeed4242_NeverThrow()
    {
        var scenario = SampleScenario.Build();
        var rng = new Rng(4242);
        const string alphabet = "{}[]\",:0123456789-.eE truefalsn\\x";
        for (var i = 0; i < 2000; i++)
        {
            var at = rng.Next(Json.Length);
            var c = alphabet[rng.Next(alphabet.Length)];
            var corrupt = rng.Next(3) switch
            {
                0 => Json.Remove(at, 1),
                1 => Json.Insert(at, c.ToString()),
                _ => Json.Remove(at, 1).Insert(at, c.ToString()),
            };

            (MatchRecord? Record, string? Error) result = (null, null);
            Assert.DoesNotThrow(() => result = RecordJson.Read(corrupt), $"edit {i} at {at}");
            Assert.That(result.Record is null, Is.EqualTo(result.Error is not null), $"edit {i} at {at}");
            if (result.Record is { } record)
            {
                Assert.DoesNotThrow(() => Replay.Run(scenario, record), $"edit {i} at {at}");
            }
        }
    }
}
