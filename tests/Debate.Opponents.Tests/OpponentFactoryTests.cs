using Debate.Opponents.Personas;
using Debate.Opponents.Search;
using Debate.Opponents.Tests.Builders;
using NUnit.Framework;

namespace Debate.Opponents.Tests;

public sealed class OpponentFactoryTests
{
    private static readonly Core.Content.Scenario Scenario = SampleScenario.Build(personas: [SamplePersonas.Hawk]);

    [Test]
    public void Levels_AreOrderedWeakestFirst() =>
        Assert.That(OpponentFactory.Levels, Is.EqualTo(new[] { "novice", "debater", "champion" }));

    [TestCase("novice", true)]
    [TestCase("Debater", true)]
    [TestCase("champion", true)]
    [TestCase("hawk", true)]
    [TestCase("grandmaster", false)]
    [TestCase("human", false)]
    public void Knows_LevelsAndScenarioPersonas(string controller, bool known) =>
        Assert.That(OpponentFactory.Knows(controller, Scenario), Is.EqualTo(known));

    [Test]
    public void Create_EachName_GivesItsOpponent()
    {
        Assert.That(OpponentFactory.Create("novice", Scenario, 1), Is.InstanceOf<Novice>());
        Assert.That(OpponentFactory.Create("debater", Scenario, 1), Is.InstanceOf<Debater>());
        Assert.That(OpponentFactory.Create("champion", Scenario, 1), Is.InstanceOf<Champion>());
        Assert.That(OpponentFactory.Create("HAWK", Scenario, 1), Is.InstanceOf<PersonaOpponent>());
    }

    [Test]
    public void Create_UnknownName_ListsTheKnownOnes() =>
        Assert.That(() => OpponentFactory.Create("grandmaster", Scenario, 1),
            Throws.ArgumentException.With.Message.Contains("novice, debater, champion, hawk"));
}
