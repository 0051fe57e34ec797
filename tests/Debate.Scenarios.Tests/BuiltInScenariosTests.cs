using Debate.Scenarios.Tests.Builders;
using NUnit.Framework;

namespace Debate.Scenarios.Tests;

[TestFixture]
public sealed class BuiltInScenariosTests
{
    [Test]
    public void Names_ListEveryScenarioFileOfTheRepository()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Fixture.RepoRoot, "scenarios"), "*.yaml").Select(Path.GetFileNameWithoutExtension);

        Assert.That(BuiltInScenarios.Names, Is.EquivalentTo(files));
        Assert.That(BuiltInScenarios.Names, Does.Contain(BuiltInScenarios.DefaultName));
    }

    [TestCaseSource(typeof(BuiltInScenarios), nameof(BuiltInScenarios.Names))]
    public void Text_IsTheRepositoryFileAsBuilt(string name)
    {
        var file = File.ReadAllText(Path.Combine(Fixture.RepoRoot, "scenarios", name + ".yaml"));

        Assert.That(BuiltInScenarios.Text(name), Is.EqualTo(file), "rebuild Debate.Scenarios to embed the current file");
    }

    [Test]
    public void Default_IsTheAllianceOrPartnershipDebate()
    {
        var scenario = BuiltInScenarios.Default;

        Assert.That(scenario.Id, Is.EqualTo("alliance-or-partnership"));
        Assert.That(scenario.Motion.Text, Is.EqualTo("China and Russia should form a formal alliance."));
        Assert.That(BuiltInScenarios.Check(BuiltInScenarios.DefaultName).Diagnostics, Is.Empty);
    }

    [Test]
    public void Load_UnknownName_ThrowsScenarioExceptionNamingTheBuiltIns()
    {
        var ex = Assert.Throws<ScenarioException>(() => BuiltInScenarios.Load("no-such-debate"));

        Assert.That(ex!.Message, Does.Contain("there is no built-in scenario named 'no-such-debate'"));
        Assert.That(ex.Diagnostics.Single().Hint, Does.Contain(BuiltInScenarios.DefaultName));
    }
}
