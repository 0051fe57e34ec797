using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Play;

// E1 adds 2 to every bloc's weight on trade; E2 adds 1 to the strength of Alliance arguments on security.
public sealed class StrengthsTests
{
    [Test]
    public void Of_AnArgumentAlone_IsItsCardsStrength()
    {
        var match = new MatchBuilder().WithArgument("A1").WithArgument("P6").Build();

        Assert.That(Strengths.Of(match), Is.EqualTo(new[] { 3, 4 }));
    }

    [Test]
    public void Of_Evidence_AddsItsStrengthToTheArgumentItSupports()
    {
        var match = new MatchBuilder().WithArgument("A1").WithArgument("A3", target: 1).WithArgument("A3", target: 1).Build();

        Assert.That(Strengths.Of(match), Is.EqualTo(new[] { 5, 1, 1 }));
    }

    [Test]
    public void Of_ACardWithABoost_GrowsWhileItsEventIsInPlay()
    {
        var scenario = new ScenarioBuilder().WithCard("A2", c => c with { Boost = new EventBoost(new CardId("E1"), 2) }).Build();
        var without = new MatchBuilder().For(scenario).WithArgument("A2").Build();
        var with = new MatchBuilder().For(scenario).WithArgument("A2").WithEvents("E1").Build();

        Assert.Multiple(() =>
        {
            Assert.That(Strengths.Of(without), Is.EqualTo(new[] { 2 }));
            Assert.That(Strengths.Of(with), Is.EqualTo(new[] { 4 }));
        });
    }

    [Test]
    public void Of_ABoostForAnotherEvent_AddsNothing()
    {
        var scenario = new ScenarioBuilder().WithCard("A2", c => c with { Boost = new EventBoost(new CardId("E1"), 2) }).Build();
        var match = new MatchBuilder().For(scenario).WithArgument("A2").WithEvents("E2").Build();

        Assert.That(Strengths.Of(match), Is.EqualTo(new[] { 2 }));
    }

    [Test]
    public void Of_AStrengthEffectForOneSide_RaisesOnlyThatSidesArgumentsOnTheTheme()
    {
        var match = new MatchBuilder().WithArgument("A1").WithArgument("P6").WithArgument("A2").WithEvents("E2").Build();

        Assert.That(Strengths.Of(match), Is.EqualTo(new[] { 4, 4, 2 }));
    }

    [Test]
    public void Of_AStrengthEffectWithoutASide_RaisesBothSides()
    {
        var scenario = new ScenarioBuilder().WithCard(ScenarioBuilder.Event("E2", new EventEffect(EffectKind.Strength, "security", 2))).Build();
        var match = new MatchBuilder().For(scenario).WithArgument("A1").WithArgument("P6").WithEvents("E2").Build();

        Assert.That(Strengths.Of(match), Is.EqualTo(new[] { 5, 6 }));
    }

    [TestCase(Side.Alliance, 3)]
    [TestCase(Side.Partnership, 2)]
    public void Of_AnEitherCard_TakesTheEffectsOfTheSideThatPlayedIt(Side side, int expected)
    {
        var scenario = new ScenarioBuilder().WithCard(ScenarioBuilder.Event("E2", new EventEffect(EffectKind.Strength, "trade", 1, Side.Alliance))).Build();
        var match = new MatchBuilder().For(scenario).WithArgument("X1", side: side).WithEvents("E2").Build();

        Assert.That(Strengths.Of(match), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void Of_ANegativeEffect_NeverTakesAnArgumentBelowOne()
    {
        var scenario = new ScenarioBuilder().WithCard(ScenarioBuilder.Event("E2", new EventEffect(EffectKind.Strength, "security", -9))).Build();
        var match = new MatchBuilder().For(scenario).WithArgument("A1").WithEvents("E2").Build();

        Assert.That(Strengths.Of(match), Is.EqualTo(new[] { 1 }));
    }

    [Test]
    public void Of_EvidenceOnATheme_CarriesItsOwnEventBonusToItsTarget()
    {
        var match = new MatchBuilder().WithArgument("A1").WithArgument("A3", target: 1).WithEvents("E2").Build();

        Assert.That(Strengths.Of(match), Is.EqualTo(new[] { 6, 2 }));
    }

    [Test]
    public void Of_BoostAndEffectsTogether_Add()
    {
        var scenario = new ScenarioBuilder().WithCard("A1", c => c with { Boost = new EventBoost(new CardId("E1"), 1) }).Build();
        var match = new MatchBuilder().For(scenario).WithArgument("A1").WithEvents("E1", "E2").Build();

        Assert.That(Strengths.Of(match), Is.EqualTo(new[] { 5 }));
    }

    [Test]
    public void Of_AnEventInPlay_CanTurnADefeatIntoAFailedAttack()
    {
        // A1 (3) is attacked by P4 (3): defeated; with E2 it is 4 and P4's attack fails.
        var before = new MatchBuilder().WithArgument("A1").WithArgument("P4", target: 1).Build();
        var after = before with { EventsInPlay = [new CardId("E2")] };

        Assert.Multiple(() =>
        {
            Assert.That(Debate.Core.Adjudication.FloorLabels.Of(before).Stands(1), Is.False);
            Assert.That(Debate.Core.Adjudication.FloorLabels.Of(after).Stands(1), Is.True);
        });
    }
}
