using Debate.Console.Saves;
using Debate.Console.Tests.Builders;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Records;
using NUnit.Framework;

namespace Debate.Console.Tests.Saves;

public sealed class SaveStoreTests
{
    private string home = string.Empty;

    [SetUp]
    public void MakeHome() => home = Path.Combine(Path.GetTempPath(), "debate-saves-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void RemoveHome()
    {
        if (Directory.Exists(home))
        {
            Directory.Delete(home, recursive: true);
        }
    }

    [Test]
    public void Create_WritesTheDealAtOnce_WithItsScenarioSource()
    {
        var store = new SaveStore(home, TimeProvider.System);
        var match = Deal();

        var slot = store.Create(MatchRecord.Begin(match), "builtin:sample");

        var saved = store.InProgress().Single();
        Assert.That(saved.Path, Is.EqualTo(slot.Path));
        Assert.That(saved.Record!.Moves, Is.Empty);
        Assert.That(saved.Source, Is.EqualTo("builtin:sample"));
        Assert.That(saved.Label, Is.EqualTo("Ann vs Bo (novice)"));
    }

    [Test]
    public void Write_ReplacesTheRecordThroughATemporaryFile()
    {
        var store = new SaveStore(home, TimeProvider.System);
        var match = Deal();
        var record = MatchRecord.Begin(match);
        var slot = store.Create(record, "builtin:sample");

        var move = Rules.LegalMoves(match)[0];
        slot.Write(record.With(move, Rules.Apply(match, move).Match));

        Assert.That(store.InProgress().Single().Record!.Moves, Has.Length.EqualTo(1));
        Assert.That(Directory.GetFiles(store.Folder, "*.tmp"), Is.Empty);
    }

    [Test]
    public void Finish_MovesTheMatchFromResumeToReplay()
    {
        var store = new SaveStore(home, TimeProvider.System);
        var slot = store.Create(MatchRecord.Begin(Deal()), "builtin:sample");

        slot.Finish(MatchRecord.Begin(Deal()));

        Assert.That(store.InProgress(), Is.Empty);
        Assert.That(store.CountInProgress(), Is.Zero);
        Assert.That(store.Finished().Single().Source, Is.EqualTo("builtin:sample"));
    }

    [Test]
    public void InProgress_ADamagedFile_IsListedWithItsProblemNotThrown()
    {
        var store = new SaveStore(home, TimeProvider.System);
        Directory.CreateDirectory(store.Folder);
        File.WriteAllText(Path.Combine(store.Folder, "broken.json"), "{ \"format_version\": 1, \"scen");

        var saved = store.InProgress().Single();

        Assert.That(saved.Record, Is.Null);
        Assert.That(saved.Error, Does.Contain("malformed or cut short"));
    }

    [Test]
    public void HomeFolder_DebateHome_OverridesTheDataFolder()
    {
        var before = Environment.GetEnvironmentVariable("DEBATE_HOME");
        try
        {
            Environment.SetEnvironmentVariable("DEBATE_HOME", home);
            Assert.That(SaveStore.HomeFolder(), Is.EqualTo(home));
            Environment.SetEnvironmentVariable("DEBATE_HOME", null);
            Assert.That(SaveStore.HomeFolder(), Does.EndWith("debate"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("DEBATE_HOME", before);
        }
    }

    private static Match Deal() =>
        MatchSetup.Start(SampleScenario.Build(), [new("Ann", Side.Alliance), new("Bo", Side.Partnership, "novice")], 5);
}
