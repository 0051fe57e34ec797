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

    // Speeches: 0 Opening A, 1 Opening P (no rebuttals in either), 2 Rebuttal 1 A, 3 Rebuttal 1 P,
    // 4 Rebuttal 2 A, 5 Rebuttal 2 P (now), 6 Closing P, 7 Closing A.
    private static MatchBuilder Floor() => new MatchBuilder().For(Scenario).InSpeech(5);

    [Test]
    public void Of_AnUnansweredClaim_StandsAndIsDropped()
    {
        var floor = FloorJudgement.Of(Floor().WithArgument("A1", speech: 2).Build());

        Assert.Multiple(() =>
        {
            Assert.That(floor[0].Label, Is.EqualTo(Label.Standing));
            Assert.That(floor[0].Dropped, Is.True);
            Assert.That(floor[0].Reply, Is.EqualTo(Reply.Dropped));
            Assert.That(floor[0].Attackers, Is.Empty);
            Assert.That(floor[0].Explanation, Is.EqualTo("Stands: never answered by Partnership, which had a speech to answer it (dropped)."));
        });
    }

    [Test]
    public void Of_AClaimTheOtherSideIsStillToAnswer_IsNotYetDropped()
    {
        // Made in Rebuttal 2 (Alliance); Partnership speaks now and again in its closing.
        var floor = FloorJudgement.Of(Floor().WithArgument("A1", speech: 4).Build());

        Assert.Multiple(() =>
        {
            Assert.That(floor[0].Reply, Is.EqualTo(Reply.NotYet));
            Assert.That(floor[0].Dropped, Is.False);
            Assert.That(floor[0].Explanation, Is.EqualTo("Stands: not answered yet; Partnership can still answer it."));
        });
    }

    [Test]
    public void Of_AClaimOfTheOpening_IsNotDroppedByAnOpeningSpeechThatAllowsNoRebuttal()
    {
        // Partnership's opening (speech 1) allows no rebuttals: its first chance to answer is Rebuttal 1 (speech 3).
        var floor = FloorJudgement.Of(new MatchBuilder().For(Scenario).InSpeech(2).WithArgument("A1", speech: 0).Build());

        Assert.That(floor[0].Reply, Is.EqualTo(Reply.NotYet));
    }

    [Test]
    public void Of_ARebuttalOfTheLastSpeech_HasTheLastWord()
    {
        var floor = FloorJudgement.Of(new MatchBuilder().For(Scenario).AtVerdict()
            .WithArgument("P1", speech: 5).WithArgument("A4", target: 1, speech: 7).WithArgument("A1", speech: 4).Build());

        Assert.Multiple(() =>
        {
            Assert.That(floor.Select(s => s.Reply), Is.EqualTo(new[] { Reply.Answered, Reply.LastWord, Reply.Dropped }));
            Assert.That(floor[1].Dropped, Is.False);
            Assert.That(floor[1].Explanation, Is.EqualTo("Stands: unanswered, but made after Partnership's last chance to answer, so not dropped."));
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
            Assert.That(floor[1].Explanation, Is.EqualTo("Stands: not answered yet; Alliance can still answer it."));
            Assert.That(floor[1].Reply, Is.EqualTo(Reply.NotYet));
            Assert.That(floor[1].TooWeak, Is.False);
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
            Assert.That(floor[1].TooWeak, Is.True);
            Assert.That(floor[1].Explanation, Is.EqualTo("Stands: not answered yet; Alliance can still answer it. As a rebuttal it fails: too weak for #1, 2 against 3."));
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
            Assert.That(floor.Select(s => s.Reply), Is.EqualTo(new[] { Reply.Answered, Reply.Answered, Reply.NotYet }));
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

    // Seeds 1..100: on every floor a playout reaches, the explanations agree with the labels, an argument is
    // dropped exactly when the other side gave a speech allowing rebuttals after it and never answered it,
    // and a rebuttal is too weak exactly when it is weaker than its target.
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
                var a = final.Floor[status.Id - 1];
                var chances = Enumerable.Range(a.Speech + 1, Math.Max(0, final.SpeechIndex - a.Speech - 1))
                    .Count(s => scenario.Speeches[s].Speech.Side != a.Side && scenario.Speeches[s].Speech.Allows(CardKind.Rebuttal));
                var unanswered = status.Kind != CardKind.Evidence && status.Attackers.IsEmpty;
                Assert.That(status.Dropped, Is.EqualTo(unanswered && chances > 0), context);
                Assert.That(status.Reply == Reply.LastWord, Is.EqualTo(unanswered && chances == 0 && final.IsOver), context);
                Assert.That(status.TooWeak, Is.EqualTo(a.Target is int t && a.Kind == CardKind.Rebuttal && labels.Strengths[a.Id - 1] < labels.Strengths[t - 1]), context);
                var expected = status.Kind == CardKind.Evidence ? "Supports #"
                    : status.Label == Label.Standing ? "Stands: " : status.Label == Label.Defeated ? "Defeated by #" : "Undecided: ";
                Assert.That(status.Explanation, Does.StartWith(expected), context);
                Assert.That(status.DefeatedBy, Is.SubsetOf(status.Attackers), context);
                Assert.That(status.DefeatedBy.IsEmpty, Is.EqualTo(status.Label != Label.Defeated), context);
            }
        }
    }
}
