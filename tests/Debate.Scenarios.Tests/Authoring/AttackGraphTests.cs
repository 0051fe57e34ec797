using Debate.Core.Content;
using Debate.Scenarios.Authoring;
using Debate.Scenarios.Tests.Builders;
using NUnit.Framework;

namespace Debate.Scenarios.Tests.Authoring;

[TestFixture]
public sealed class AttackGraphTests
{
    [Test]
    public void Of_Fixture_GivesNamedAndThemeAttacksAcrossTheFloorOnly()
    {
        var scenario = Fixture.Load(Fixture.ValidText).OrThrow();

        var attacks = AttackGraph.Of(scenario);

        Assert.That(attacks, Is.EquivalentTo(new[]
        {
            new Attack(new CardId("A03"), new CardId("P01"), false),
            new Attack(new CardId("A03"), new CardId("P02"), false),
            new Attack(new CardId("P02"), new CardId("A01"), true),
        }));
    }

    [Test]
    public void ToMermaid_DrawsSidesAsGroupsAndNamedAttacksAsSolidArrows()
    {
        var scenario = Fixture.Load(Fixture.ValidText).OrThrow();

        var mermaid = AttackGraph.ToMermaid(scenario);

        Assert.That(mermaid, Does.StartWith("flowchart LR\n"));
        Assert.That(mermaid, Does.Contain("subgraph partnership [side partnership]"));
        Assert.That(mermaid, Does.Contain("c_P02 --> c_A01"));
        Assert.That(mermaid, Does.Contain("c_A03 -.-> c_P01"));
        Assert.That(mermaid, Does.Not.Contain("c_A02"), "evidence is not in the attack graph");
    }
}
