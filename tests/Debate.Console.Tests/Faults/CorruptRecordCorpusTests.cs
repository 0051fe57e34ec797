using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Bogus;
using Debate.Core.Records;
using NUnit.Framework;
using static Debate.Console.Tests.Faults.InProcess;

namespace Debate.Console.Tests.Faults;

/// <summary>
/// At least 500 corrupted records (Bogus seed 1414): truncations, bit flips, tampered fields,
/// hostile strings in every text field, devices and links. `debate replay --verify` and
/// `debate export` answer each with the right exit code, one line naming the file on a failure,
/// no escape character on either stream, and no file that existed before changed or gone.
/// </summary>
[NonParallelizable]
public sealed class CorruptRecordCorpusTests
{
    public const int Cases = 520;

    private static readonly string[] Formats = ["md", "json", "html", "csv"];
    private string folder = "";

    [SetUp]
    public void MakeFolder() => folder = Directory.CreateTempSubdirectory("debate-corpus-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void Corpus_FromSeed1414_EveryCaseAnswersCleanly()
    {
        var faker = new Faker { Random = new Randomizer(1414) };
        var bases = new[] { FaultRecords.Played(21), FaultRecords.Played(22) };
        var counts = new Dictionary<string, int>();
        var clock = Stopwatch.StartNew();
        for (var n = 0; n < Cases; n++)
        {
            var (kind, path, expected) = Make(faker, bases[n % 2], n);
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
            File.WriteAllText(System.IO.Path.Combine(folder, "bystander.md"), "notes that must survive");
            var before = Snapshot(path, System.IO.Path.Combine(folder, "bystander.md"));
            var where = $"case {n} ({kind})";

            var verify = Run("replay", path, "--verify");
            Check(where + " replay", verify, expected, Path.GetFileName(path));
            if (n % 3 == 0)
            {
                var export = Run("export", path, "--format", Formats[n / 3 % Formats.Length]);
                Check(where + " export", export, expected, Path.GetFileName(path));
            }

            AssertUnchanged(where, before);
            AssertNoTempFiles(where, folder);
        }

        TestContext.Out.WriteLine($"corrupted-record corpus: {Cases} cases in {clock.Elapsed.TotalSeconds:0.0} s: " + string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}")));
        Assert.That(counts.Keys, Is.SupersetOf(new[] { "truncated", "bit flips", "tampered", "hostile text", "device or link" }));
    }

    private static void Check(string where, (int Code, string Out, string Err) run, int expected, string file)
    {
        AssertNoRawCharacters(where + " stdout", run.Out);
        AssertNoRawCharacters(where + " stderr", run.Err);
        if (expected == 0)
        {
            Assert.That(run.Code, Is.Zero, () => $"{where}: {run.Err}");
        }
        else
        {
            AssertOneLineNaming(where, run, 1, file);
        }
    }

    private (string Kind, string Path, int Expected) Make(Faker f, MatchRecord record, int n)
    {
        var path = System.IO.Path.Combine(folder, $"case-{n:000}.json");
        var json = RecordJson.Write(record);
        byte[] bytes;
        string kind;
        switch (n % 10)
        {
            case 0:
            case 1:
                kind = "truncated";
                bytes = Encoding.UTF8.GetBytes(json)[..f.Random.Int(0, json.Length - 1)];
                break;
            case 2:
            case 3:
                kind = "bit flips";
                bytes = Encoding.UTF8.GetBytes(json);
                for (var i = f.Random.Int(1, 6); i > 0; i--)
                {
                    bytes[f.Random.Int(0, bytes.Length - 1)] ^= (byte)(1 << f.Random.Int(0, 7));
                }

                break;
            case 4:
            case 5:
                kind = "tampered";
                bytes = Encoding.UTF8.GetBytes(Tampered(f, record));
                break;
            case 6:
            case 7:
            case 8:
                kind = "hostile text";
                bytes = Encoding.UTF8.GetBytes(WithHostileText(f, record));
                break;
            default:
                kind = "device or link";
                return (kind, DeviceOrLink(f, path, n), 1);
        }

        File.WriteAllBytes(path, bytes);
        return (kind, path, FaultRecords.ExpectedCode(bytes));
    }

    private static string Tampered(Faker f, MatchRecord record)
    {
        var root = FaultRecords.Json(record);
        var seats = root["seats"]!.AsArray();
        var moves = root["moves"]!.AsArray();
        var seat = seats[f.Random.Int(0, seats.Count - 1)]!.AsObject();
        var move = moves[f.Random.Int(0, moves.Count - 1)]!.AsObject();
        switch (f.Random.Int(0, 11))
        {
            case 0: seat["name"] = f.Name.FirstName(); break;
            case 1: seat["role"] = seats[(seats.IndexOf(seat) + 1) % seats.Count]!["role"]?.DeepClone(); break;
            case 2: seat.Remove("role"); break;
            case 3: seat["side"] = seat["side"]!.GetValue<string>() == "alliance" ? "partnership" : "alliance"; break;
            case 4: seat["controller"] = f.PickRandom("champion", "human", "bogus", ""); break;
            case 5: root["seed"] = f.Random.ULong(); break;
            case 6: move["card"] = f.PickRandom("A01", "P02", "nope", null); break;
            case 7: move["target"] = f.Random.Int(-3, 40); break;
            case 8: move["hash"] = f.Random.Hexadecimal(16, string.Empty); break;
            case 9: move["seat"] = f.Random.Int(-1, 5); break;
            case 10: root["header"]!["hash"] = f.Random.Hexadecimal(16, string.Empty); break;
            default: seats.Add(new JsonObject { ["name"] = "Extra", ["side"] = "alliance", ["controller"] = "human" }); break;
        }

        return root.ToJsonString();
    }

    /// <summary>A hostile string in one text field; resealed half the time, so it reads as a record that verifies.</summary>
    private static string WithHostileText(Faker f, MatchRecord record)
    {
        var hostile = f.Name.FirstName() + f.PickRandom(FaultRecords.Hostile) + f.PickRandom(FaultRecords.Hostile) + f.Name.LastName();
        var i = f.Random.Int(0, record.Seats.Length - 1);
        var edited = f.Random.Int(0, 5) switch
        {
            0 or 1 => record with { Seats = record.Seats.SetItem(i, record.Seats[i] with { Name = hostile }) },
            2 => record with { Seats = record.Seats.SetItem(i, record.Seats[i] with { Role = hostile }) },
            3 => record with { Seats = record.Seats.SetItem(i, record.Seats[i] with { Controller = hostile }) },
            4 => record with { Scenario = hostile },
            _ => record with { Moves = record.Moves.SetItem(record.Moves.Length / 2, record.Moves[record.Moves.Length / 2] with { Reason = hostile, Card = f.Random.Bool() ? hostile : record.Moves[record.Moves.Length / 2].Card }) },
        };
        return RecordJson.Write(f.Random.Bool() ? edited.Sealed() : edited);
    }

    private string DeviceOrLink(Faker f, string path, int n)
    {
        switch (f.Random.Int(0, 6))
        {
            case 0: File.CreateSymbolicLink(path, "/dev/zero"); break;
            case 1: File.CreateSymbolicLink(path, "/dev/urandom"); break;
            case 2: File.CreateSymbolicLink(path, "/dev/null"); break;
            case 3: File.CreateSymbolicLink(path, System.IO.Path.Combine(folder, $"gone-{n}.json")); break;
            case 4: Directory.CreateDirectory(path); break;
            case 5:
                using (var big = File.Create(path))
                {
                    big.SetLength(Debate.Console.Saves.SavedMatch.MaxBytes + 1);
                }

                break;
            default:
                using (var mkfifo = Process.Start("mkfifo", path))
                {
                    mkfifo.WaitForExit();
                }

                break;
        }

        return path;
    }
}
