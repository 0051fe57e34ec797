using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Adjudication;

// A1 is an Alliance claim of strength 3 on security; P4 a Partnership rebuttal of strength 3 on security;
// A7 (added here) an Alliance rebuttal of strength 3 on security; P7 a Partnership rebuttal of strength 2.
public sealed class FloorJudgementTests
{
    private static readonly Scenario Scenario = new ScenarioBuilder()
        .WithCard(SampleScenario.Card("A7", CardKind.Rebuttal, CardSide.Alliance, 3, 1, "security"))
        .WithCard(SampleScenario.Card("P7", CardKind.Rebuttal, CardSide.Partnership, 2, 1, "security"))
        .Build();

    private static MatchBuilder Floor() => new MatchBuilder().For(Scenario).InSpeech(5);

    [Test]
    public void Of_AnUnansweredClaim_StandsAndIsDropped()
    {
        var floor = FloorJudgement.Of(Floor().WithArgument("A1").Build());

        Assert.Multiple(() =>
        {
            Assert.That(floor[0].Label, Is.EqualTo(Label.Standing));
            Assert.That(floor[0].Dropped, Is.True);
            Assert.That(floor[0].Attackers, Is.Empty);
            Assert.That(floor[0].Explanation, Is.EqualTo("Stands: never answered by Partnership (dropped)."));
        });
    }

    [Test]
    public void Of_AClaimDefeatedByAnEquallyStrongRebuttal_SaysWhoDefeatedIt()
    {
        var floor = FloorJudgement.Of(Floor().WithArgument("A1").WithArgument("P4", target: 1).Build());

        Assert.Multiple(() =>
        {
            Assert.That(floor[0].Label, Is.EqualTo(Label.Defeated));
            Assert.That(floor[0].Dropped, Is.False);
            Assert.That(floor[0].Attackers, Is.EqualTo(new[] { 2 }));
            Assert.That(floor[0].DefeatedBy, Is.EqualTo(new[] { 2 }));
            Assert.That(floor[0].Explanation, Is.EqualTo("Defeated by #2 (3), at least as strong as its 3, which stands."));
            Assert.That(floor[1].Explanation, Is.EqualTo("Stands: never answered by Alliance (dropped)."));
            Assert.That(floor[1].Dropped, Is.True);
        });
    }

    [Test]
    public void Of_AnAttackByAWeakerRebuttal_FailsAndSaysSo()
    {
        var floor = FloorJudgement.Of(Floor().WithArgument("A1").WithArgument("P7", target: 1).Build());

        Assert.Multiple(() =>
        {
            Assert.That(floor[0].Label, Is.EqualTo(Label.Standing));
            Assert.That(floor[0].Dropped, Is.False);
            Assert.That(floor[0].DefeatedBy, Is.Empty);
            Assert.That(floor[0].Explanation, Is.EqualTo("Stands: #2 (2) is too weak to defeat its 3."));
        });
    }

    [Test]
    public void Of_AClaimWhoseAttackerWasDefeated_IsReinstated()
    {
        var floor = FloorJudgement.Of(Floor().WithArgument("A1").WithArgument("P4", target: 1).WithArgument("A7", target: 2).Build());

        Assert.Multiple(() =>
        {
            Assert.That(floor.Select(s => s.Label), Is.EqualTo(new[] { Label.Standing, Label.Defeated, Label.Standing }));
            Assert.That(floor[0].Explanation, Is.EqualTo("Stands: #2 (3) was itself defeated."));
            Assert.That(floor[1].Explanation, Is.EqualTo("Defeated by #3 (3), at least as strong as its 3, which stands."));
            Assert.That(floor[0].DefeatedBy, Is.Empty);
            Assert.That(floor.Select(s => s.Dropped), Is.EqualTo(new[] { false, false, true }));
        });
    }

    [Test]
    public void Of_AClaimWithOneDefeatedAndOneWeakAttacker_ExplainsBoth()
    {
        var floor = FloorJudgement.Of(Floor().WithArgument("A1").WithArgument("P4", target: 1).WithArgument("A7", target: 2)
            .WithArgument("P7", target: 1).Build());

        Assert.That(floor[0].Explanation, Is.EqualTo("Stands: #2 (3) was itself defeated; #4 (2) is too weak to defeat its 3."));
    }

    [Test]
    public void Of_EvidenceThatTurnsAnAttackAway_IsCountedInTheStrength()
    {
        var floor = FloorJudgement.Of(Floor().WithArgument("A1").WithArgument("A3", target: 1).WithArgument("P4", target: 1).Build());

        Assert.Multiple(() =>
        {
            Assert.That(floor[0].Strength, Is.EqualTo(4));
            Assert.That(floor[0].Explanation, Is.EqualTo("Stands: #3 (3) is too weak to defeat its 4."));
            Assert.That(floor[1].Explanation, Is.EqualTo("Supports #1, adding 1 to its strength."));
            Assert.That(floor[1].Dropped, Is.False);
            Assert.That(floor[1].Label, Is.EqualTo(Label.Standing));
        });
    }

    [Test]
    public void Of_ACycleOfAttacks_IsUndecidedAndSaysWithWhom()
    {
        // A floor cannot make a cycle through the rules (a rebuttal answers what is already there); built by hand.
        var match = Floor().Build() with
        {
            Floor =
            [
                new Argument(1, new CardId("A7"), Side.Alliance, 0, CardKind.Rebuttal, 2, 4),
                new Argument(2, new CardId("P4"), Side.Partnership, 1, CardKind.Rebuttal, 1, 5),
            ],
        };

        var floor = FloorJudgement.Of(match);

        Assert.Multiple(() =>
        {
            Assert.That(floor.Select(s => s.Label), Is.All.EqualTo(Label.Undecided));
            Assert.That(floor[0].Explanation, Is.EqualTo("Undecided: caught in a cycle of attacks with #2 (3); a sceptical judge lets neither stand."));
            Assert.That(floor[1].Explanation, Is.EqualTo("Undecided: caught in a cycle of attacks with #1 (3); a sceptical judge lets neither stand."));
        });
    }

    [Test]
    public void Of_CarriesTheCardsTagThemesSideAndSeat()
    {
        var floor = FloorJudgement.Of(Floor().WithArgument("P4", target: 2).WithArgument("A1").Build());

        Assert.That(floor[0], Has.Property("Card").EqualTo(new CardId("P4")).And.Property("Tag").EqualTo("Tag P4")
            .And.Property("Side").EqualTo(Side.Partnership).And.Property("Seat").EqualTo(1).And.Property("Kind").EqualTo(CardKind.Rebuttal));
    }

    // Seeds 1..100: on every floor a playout reaches, the explanations agree with the labels.
    [Test]
    public void Of_EveryFloorOfRandomPlayoutsFromSeeds1To100_ExplainsItsLabels()
    {
        var scenario = SampleScenario.Build();
        for (ulong seed = 1; seed <= 100; seed++)
        {
            var (final, _) = Playout.Play(scenario, Playout.TwoSeats, seed);
            var labels = FloorLabels.Of(final);
            foreach (var status in FloorJudgement.Of(final))
            {
                var context = $"seed {seed}, #{status.Id}: {status.Explanation}";
                Assert.That(status.Label, Is.EqualTo(labels.Labels[status.Id - 1]), context);
                Assert.That(status.Dropped, Is.EqualTo(status.Kind != CardKind.Evidence && status.Attackers.IsEmpty), context);
                var expected = status.Kind == CardKind.Evidence ? "Supports #"
                    : status.Label == Label.Standing ? "Stands: " : status.Label == Label.Defeated ? "Defeated by #" : "Undecided: ";
                Assert.That(status.Explanation, Does.StartWith(expected), context);
                Assert.That(status.DefeatedBy, Is.SubsetOf(status.Attackers), context);
                Assert.That(status.DefeatedBy.IsEmpty, Is.EqualTo(status.Label != Label.Defeated), context);
            }
        }
    }
}
