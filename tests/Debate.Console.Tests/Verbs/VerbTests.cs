using Debate.Console.Saves;
using Debate.Console.Tests.Builders;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Records;
using Debate.Scenarios;
using NUnit.Framework;

namespace Debate.Console.Tests.Verbs;

[NonParallelizable]
public sealed class VerbTests
{
    private string home = string.Empty;

    [SetUp]
    public void MakeHome()
    {
        home = Path.Combine(Path.GetTempPath(), "debate-verbs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(home);
    }

    [TearDown]
    public void RemoveHome() => Directory.Delete(home, recursive: true);

    [Test]
    public void NoArguments_WithoutATerminal_PrintsOneLineAndExitsWith2()
    {
        var (code, stdout, stderr) = Cli.Run(home, home);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(stderr, Does.Contain("needs an interactive terminal").And.Not.Contain("Exception").And.Not.Contain("   at "));
    }

    [Test]
    public void Play_OpponentsOnEverySeat_RunsWithoutATerminalAndSavesTheRecord()
    {
        var save = Path.Combine(home, "match.json");

        var (code, stdout, stderr) = Cli.Run(home, home, "play", "--seat", "Ann:alliance:debater", "--seat", "Bo:partnership:novice", "--seed", "42", "--save", save);

        Assert.That(code, Is.Zero, stderr);
        Assert.That(stdout, Does.Contain("seed 42").And.Contain("REASON FOR DECISION"));
        Assert.That(stdout, Does.Match("ALLIANCE WINS|PARTNERSHIP WINS|A DEAD HEAT"));
        var (record, error) = RecordJson.Read(File.ReadAllText(save));
        Assert.That(error, Is.Null);
        Assert.That(record!.Seed, Is.EqualTo(42UL));
        Assert.That(Debate.Core.Records.Replay.Run(BuiltInScenarios.Default, record).Verified, Is.True);
    }

    [Test]
    public void Play_HumanSeatWithoutATerminal_Exits2()
    {
        var (code, _, stderr) = Cli.Run(home, home, "play", "--seat", "Ann:alliance", "--seat", "Bo:partnership:novice");

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("interactive terminal"));
    }

    [Test]
    public void Play_BadSeat_SaysHowToWriteOne()
    {
        var (code, _, stderr) = Cli.Run(home, home, "play", "--seat", "Ann:middle", "--seat", "Bo:partnership:novice");

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("the side is alliance or partnership"));
    }

    [Test]
    public void Replay_Verify_AnIntactRecord_Exits0()
    {
        var file = WriteRecord(Played(BuiltInScenarios.Default));

        var (code, stdout, stderr) = Cli.Run(home, home, "replay", file, "--verify");

        Assert.That(code, Is.Zero, stderr);
        Assert.That(stdout, Does.Contain("verified"));
    }

    [Test]
    public void Replay_Verify_AHandEditedHash_Exits1WithTheFirstDivergingMove()
    {
        var record = Played(BuiltInScenarios.Default);
        record = record with { Moves = record.Moves.SetItem(3, record.Moves[3] with { Hash = "0000000000000000" }) };
        var file = WriteRecord(record);

        var (code, _, stderr) = Cli.Run(home, home, "replay", file, "--verify");

        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain("diverges at move 4"));
    }

    [Test]
    public void Replay_Verify_AChangedScenarioFile_IsNamedAsTheCause()
    {
        var original = Path.Combine(Cli.RepoRoot, "scenarios", "alliance-or-partnership.yaml");
        var changed = Path.Combine(home, "changed.yaml");
        var text = File.ReadAllText(original);
        const string Opening = "opening: { for: 15, against: 60, undecided: 25 }";
        Assert.That(text, Does.Contain(Opening), "the built-in scenario's first bloc opens at 15/60/25");
        File.WriteAllText(changed, text.Replace(Opening, "opening: { for: 14, against: 60, undecided: 26 }", StringComparison.Ordinal));
        var file = WriteRecord(Played(BuiltInScenarios.Default));

        var (code, _, stderr) = Cli.Run(home, home, "replay", file, "--verify", "--scenario", changed);

        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain("has changed since the match was played"));
    }

    [TestCase("truncated")]
    [TestCase("not json")]
    [TestCase("wrong version")]
    public void Replay_ADamagedFile_IsAClearErrorNotACrash(string damage)
    {
        var json = RecordJson.Write(Played(BuiltInScenarios.Default));
        var file = Path.Combine(home, "damaged.json");
        File.WriteAllText(file, damage switch
        {
            "truncated" => json[..(json.Length / 2)],
            "not json" => "this is not a match",
            _ => json.Replace("\"format_version\": 2", "\"format_version\": 99", StringComparison.Ordinal),
        });

        var (code, stdout, stderr) = Cli.Run(home, home, "replay", file, "--verify");

        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(stderr, Does.StartWith("debate replay: ").And.Not.Contain("   at "));
        Assert.That(stdout, Is.Empty);
    }

    [Test]
    public void Help_OnEachShellVerb_ListsItsOptions()
    {
        var play = Cli.Run(home, home, "play", "--help");
        var replay = Cli.Run(home, home, "replay", "--help");
        var version = Cli.Run(home, home, "--version");

        Assert.That(play.Out, Does.Contain("--seat").And.Contain("--seed").And.Contain("--save").And.Contain("--scenario"));
        Assert.That(replay.Out, Does.Contain("--verify"));
        Assert.That(version.Code, Is.Zero);
        Assert.That(version.Out.Trim(), Is.Not.Empty);
    }

    private static MatchRecord Played(Scenario scenario)
    {
        var match = MatchSetup.Start(scenario, [new("Ann", Side.Alliance, "novice"), new("Bo", Side.Partnership, "novice")], 9);
        var record = MatchRecord.Begin(match);
        var rng = new Rng(3);
        while (!match.IsOver)
        {
            var legal = Rules.LegalMoves(match);
            var move = legal[rng.Next(legal.Length)];
            match = Rules.Apply(match, move).Match;
            record = record.With(move, match);
        }

        return record;
    }

    private string WriteRecord(MatchRecord record)
    {
        var file = Path.Combine(home, "record.json");
        SaveSlot.Atomic(file, RecordJson.Write(record));
        return file;
    }
}
