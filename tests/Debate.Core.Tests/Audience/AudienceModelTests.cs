using Debate.Core.Adjudication;
using Debate.Core.Audience;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Audience;

// Sample blocs: 0 beijing (security 3, history 2), 1 business (trade 3). E1 adds 2 to every bloc's
// weight on trade; E2 adds 1 to Alliance strength on security.
public sealed class AudienceModelTests
{
    [Test]
    public void Weight_OfAThemeTheBlocIgnores_IsZero()
    {
        var match = new MatchBuilder().Build();

        Assert.That(AudienceModel.Weight(match, 0, "trade"), Is.Zero);
    }

    [Test]
    public void Weight_WithAThemeWeightEventForEveryBloc_RisesInEveryBloc()
    {
        var match = new MatchBuilder().WithEvents("E1").Build();

        Assert.Multiple(() =>
        {
            Assert.That(AudienceModel.Weight(match, 0, "trade"), Is.EqualTo(2));
            Assert.That(AudienceModel.Weight(match, 1, "trade"), Is.EqualTo(5));
            Assert.That(AudienceModel.Weight(match, 0, "security"), Is.EqualTo(3));
        });
    }

    [Test]
    public void Weight_WithAThemeWeightEventForOneBloc_ChangesOnlyThatBloc()
    {
        var scenario = new ScenarioBuilder()
            .WithCard(ScenarioBuilder.Event("E1", new EventEffect(EffectKind.ThemeWeight, "security", 4, Bloc: "business"))).Build();
        var match = new MatchBuilder().For(scenario).WithEvents("E1").Build();

        Assert.Multiple(() =>
        {
            Assert.That(AudienceModel.Weight(match, 0, "security"), Is.EqualTo(3));
            Assert.That(AudienceModel.Weight(match, 1, "security"), Is.EqualTo(4));
        });
    }

    [Test]
    public void Weight_LoweredBelowZero_IsZero()
    {
        var scenario = new ScenarioBuilder()
            .WithCard(ScenarioBuilder.Event("E1", new EventEffect(EffectKind.ThemeWeight, "security", -10))).Build();
        var match = new MatchBuilder().For(scenario).WithEvents("E1").Build();

        Assert.That(AudienceModel.Weight(match, 0, "security"), Is.Zero);
    }

    [Test]
    public void Weigh_AnArgumentOnSeveralThemes_CountsItsWeightiestThemeTimesItsStrength()
    {
        var scenario = new ScenarioBuilder().WithCard("A1", c => c with { Themes = ["trade", "history", "security"] }).Build();
        var match = new MatchBuilder().For(scenario).WithArgument("A1").Build();

        Assert.Multiple(() =>
        {
            Assert.That(AudienceModel.Weigh(match, 0, match.Floor[0], 3), Is.EqualTo(9));
            Assert.That(AudienceModel.Weigh(match, 1, match.Floor[0], 3), Is.EqualTo(9));
            Assert.That(AudienceModel.Weigh(match, 1, match.Floor[0], 5), Is.EqualTo(15));
        });
    }

    [Test]
    public void Pressure_CountsStandingClaimsAndRebuttalsWithTheirEvidence()
    {
        // A1 (3 + evidence 1) on security; P1 (3) on history is defeated by A5 (4, +1 as a direct answer to P1) on security.
        var match = new MatchBuilder().WithArgument("A1").WithArgument("A3", target: 1).WithArgument("P1").WithArgument("A5", target: 3).Build();

        var pressure = AudienceModel.Pressure(match, FloorLabels.Of(match), 0);

        Assert.That(pressure, Is.EqualTo(((4 * 3) + (5 * 3), 0.0)));
    }

    [Test]
    public void Pressure_WithAnEventRaisingAThemesWeight_Grows()
    {
        var match = new MatchBuilder().WithArgument("A2").Build();
        var labels = FloorLabels.Of(match);

        var before = AudienceModel.Pressure(match, labels, 1);
        var after = AudienceModel.Pressure(match with { EventsInPlay = [new CardId("E1")] }, labels, 1);

        Assert.Multiple(() =>
        {
            Assert.That(before.Alliance, Is.EqualTo(6));
            Assert.That(after.Alliance, Is.EqualTo(10));
        });
    }

    [Test]
    public void Pressure_IgnoresUndecidedArguments()
    {
        var match = new MatchBuilder().Build() with
        {
            Floor =
            [
                new Argument(1, new CardId("A4"), Side.Alliance, 0, CardKind.Rebuttal, 2, 2),
                new Argument(2, new CardId("P4"), Side.Partnership, 1, CardKind.Rebuttal, 1, 3),
            ],
        };

        Assert.That(AudienceModel.Pressure(match, FloorLabels.Of(match), 0), Is.EqualTo((0.0, 0.0)));
    }

    [Test]
    public void Move_TowardsAlliance_WinsUndecidedAndAFewOpponents()
    {
        // Difference 20 is one Scale: pull 1/2. From 40 undecided 0.3 * 0.5 * 40 = 6; from 40 against 0.3 * 0.5 * 0.5 * 40 = 3.
        var moved = AudienceModel.Move(new Vote(20, 40, 40), 20);

        Assert.Multiple(() =>
        {
            Assert.That(moved.For, Is.EqualTo(29).Within(1e-12));
            Assert.That(moved.Against, Is.EqualTo(37).Within(1e-12));
            Assert.That(moved.Undecided, Is.EqualTo(34).Within(1e-12));
        });
    }

    [Test]
    public void Move_TowardsPartnership_IsTheMirrorImage()
    {
        var moved = AudienceModel.Move(new Vote(40, 20, 40), -20);

        Assert.Multiple(() =>
        {
            Assert.That(moved.Against, Is.EqualTo(29).Within(1e-12));
            Assert.That(moved.For, Is.EqualTo(37).Within(1e-12));
            Assert.That(moved.Undecided, Is.EqualTo(34).Within(1e-12));
        });
    }

    [Test]
    public void Move_WithNoDifference_LeavesTheVoteAsItWas()
    {
        var vote = new Vote(20, 40, 40);

        Assert.That(AudienceModel.Move(vote, 0), Is.SameAs(vote));
    }

    [Test]
    public void Lean_AfterASpeech_MovesEachBlocTowardsTheSideWeighingMoreWithIt()
    {
        // Beijing weighs A1 (security 3 x 3); business weighs P2 (trade 3 x 2).
        var match = new MatchBuilder().WithArgument("A1").WithArgument("P2").Build();

        var after = AudienceModel.Lean(match, FloorLabels.Of(match));

        Assert.Multiple(() =>
        {
            Assert.That(after[0].For, Is.GreaterThan(20));
            Assert.That(after[0].Against, Is.LessThan(40));
            Assert.That(after[1].Against, Is.GreaterThan(30));
            Assert.That(after[1].For, Is.LessThan(30));
        });
    }

    [Test]
    public void Lean_WithAThemeWeightEvent_CanTurnABloc()
    {
        // Beijing ignores trade: A2 and X1 weigh nothing against P1 on history (2 x 3 = 6). E1 gives trade a
        // weight of 2 there, so A2 and X1 weigh 4 + 4 = 8 and beijing turns to Alliance.
        var match = new MatchBuilder().WithArgument("A2").WithArgument("X1", side: Side.Alliance).WithArgument("P1").Build();

        var without = AudienceModel.Lean(match, FloorLabels.Of(match));
        var withEvent = AudienceModel.Lean(match with { EventsInPlay = [new CardId("E1")] }, FloorLabels.Of(match));

        Assert.Multiple(() =>
        {
            Assert.That(without[0].Against, Is.GreaterThan(40));
            Assert.That(withEvent[0].For, Is.GreaterThan(20));
        });
    }

    // Floating-point arithmetic: after hundreds of leans a share may pass 100 by a few ulps (1e-13), so the
    // bounds hold up to 1e-9, as the sum does.
    [Test]
    public void Lean_ManySpeechesOfTheSamePressure_NeverLeavesTheRoom()
    {
        var match = new MatchBuilder().WithArgument("A6").WithArgument("A1").Build();
        var labels = FloorLabels.Of(match);

        for (var i = 0; i < 500; i++)
        {
            match = match with { Audience = AudienceModel.Lean(match, labels) };
        }

        Assert.Multiple(() =>
        {
            Assert.That(match.Audience[0].For, Is.InRange(99.0, 100.0 + 1e-9));
            Assert.That(match.Audience[0].Against, Is.InRange(-1e-9, 1.0));
            Assert.That(match.Audience[0].Undecided, Is.InRange(-1e-9, 1.0));
            Assert.That(match.Audience[0].For + match.Audience[0].Against + match.Audience[0].Undecided, Is.EqualTo(100).Within(1e-9));
        });
    }
}
