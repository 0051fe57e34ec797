using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Previews;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Previews;

// The sample: speeches 0-1 opening (Alliance, Partnership), 2-5 two rebuttal rounds, 6-7 closing
// (Partnership first). A5 (rebuttal 4, security) names P1; P4 (rebuttal 3, security); A3 and P3 are evidence 1.
public sealed class PreviewTests
{
    [Test]
    public void Of_ADirectAnswer_DefeatsWithTheBonusNamed()
    {
        var match = new MatchBuilder().InSpeech(2).WithHand(0, "A5").WithArgument("P1").Build();

        var preview = Preview.Of(match, Move.Rebuttal(0, new CardId("A5"), 1));

        Assert.Multiple(() =>
        {
            Assert.That(preview.Outcome, Is.EqualTo("defeats #1, 5 against 3 (direct answer +1)"));
            Assert.That(preview.Attack!.DirectAnswer && preview.Attack.Defeats && preview.Attack.TargetFalls, Is.True);
            Assert.That(preview.Bearing, Is.EqualTo(Bearing.Named));
            Assert.That(preview.Strength!.ToString(), Is.EqualTo("5 (card 4, direct answer +1)"));
            Assert.That(preview.Falls, Is.EqualTo(new[] { 1 }));
        });
    }

    [Test]
    public void Of_AWeakerRebuttal_IsTooWeakAndChangesNoLabel()
    {
        var match = new MatchBuilder().InSpeech(3).WithHand(1, "P4").WithArgument("A1").WithArgument("A3", target: 1).Build();

        var preview = Preview.Of(match, Move.Rebuttal(1, new CardId("P4"), 1));

        Assert.Multiple(() =>
        {
            Assert.That(preview.Outcome, Is.EqualTo("too weak for #1: 3 against 4"));
            Assert.That(preview.Attack!.Defeats, Is.False);
            Assert.That(preview.Bearing, Is.EqualTo(Bearing.SharedTheme));
            Assert.That(preview.Changes, Is.Empty);
        });
    }

    [Test]
    public void Of_ARebuttalOfARebuttal_ReinstatesWhatItHadDefeated()
    {
        var match = new MatchBuilder().InSpeech(4).WithHand(0, "A5").WithArgument("A1").WithArgument("P4", target: 1).Build();

        var preview = Preview.Of(match, Move.Rebuttal(0, new CardId("A5"), 2));

        Assert.Multiple(() =>
        {
            Assert.That(preview.Outcome, Is.EqualTo("defeats #2, 4 against 3; reinstates #1"));
            Assert.That(preview.Reinstated, Is.EqualTo(new[] { 1 }));
            Assert.That(preview.BalanceChange(Side.Alliance), Is.GreaterThan(0));
        });
    }

    [Test]
    public void Of_EvidenceOnADefeatedClaim_SaysItsNewStrengthAndThatItStandsAgain()
    {
        var match = new MatchBuilder().InSpeech(4).WithHand(0, "A3").WithArgument("A1").WithArgument("P4", target: 1).Build();

        var preview = Preview.Of(match, Move.Evidence(0, new CardId("A3"), 1));

        Assert.Multiple(() =>
        {
            Assert.That(preview.Outcome, Is.EqualTo("backs #1 with 1: 3 to 4; reinstates #1"));
            Assert.That(preview.Support, Is.EqualTo(new Support(1, Bearing.SharedTheme, 3, 4)));
            Assert.That(preview.Changes, Is.EqualTo(new[] { new LabelChange(1, Side.Alliance, Label.Defeated, Label.Standing) }));
        });
    }

    [Test]
    public void Of_AClaimUnderAnEvent_NamesTheEventsTerm()
    {
        var match = new MatchBuilder().InSpeech(2).WithHand(0, "A1").WithEvents("E2").Build();

        var preview = Preview.Of(match, Move.Claim(0, new CardId("A1")));

        Assert.That(preview.Outcome, Is.EqualTo("puts #1 on the floor at strength 4 (card 3, E2 on security +1)"));
    }

    [Test]
    public void Of_EndingTheFirstSpeech_SaysTheRoomWaits()
    {
        var match = new MatchBuilder().InSpeech(0).WithArgument("A1").Build();

        var preview = Preview.Of(match, Move.End(0));

        Assert.Multiple(() =>
        {
            Assert.That(preview.Outcome, Is.EqualTo("the room waits to hear the other side"));
            Assert.That(preview.Lean!.Leans, Is.False);
            Assert.That(preview.Lean.After, Is.EqualTo(match.Audience));
        });
    }

    [Test]
    public void Of_EndingTheLastSpeech_LeansTheRoomAndClosesTheDebate()
    {
        var match = new MatchBuilder().InSpeech(7).WithArgument("A1").Build();

        var preview = Preview.Of(match, Move.End(0));

        Assert.Multiple(() =>
        {
            Assert.That(preview.Outcome, Is.EqualTo("the room leans towards Alliance; the debate closes"));
            Assert.That(preview.Lean!.After, Is.EqualTo(Rules.Apply(match, Move.End(0)).Match.Audience));
        });
    }

    [Test]
    public void Of_FromTheViewOrTheMatch_IsTheSame()
    {
        var match = new MatchBuilder().InSpeech(4).WithHand(0, "A5", "A3").WithArgument("A1").WithArgument("P4", target: 1).Build();
        var move = Move.Rebuttal(0, new CardId("A5"), 2);

        var fromView = Preview.Of(PlayerView.Of(match, 0), move);
        var fromMatch = Preview.Of(match, move);

        Assert.That(fromView.Outcome, Is.EqualTo(fromMatch.Outcome));
    }

    [Test]
    public void OfCard_GivesEachLegalTargetsOutcome()
    {
        var match = new MatchBuilder().InSpeech(2).WithHand(0, "A5").WithArgument("P1").WithArgument("P6").Build();

        var previews = Preview.OfCard(PlayerView.Of(match, 0), new CardId("A5"));

        Assert.That(previews.Select(p => $"{p.Bearing}: {p.Outcome}"), Is.EqualTo(new[]
        {
            "Named: defeats #1, 5 against 3 (direct answer +1)",
            "SharedTheme: defeats #2, 4 against 4",
        }));
    }

    [Test]
    public void Of_AnotherSeatsMove_IsRefusedWithTheRulesReason()
    {
        var match = new MatchBuilder().InSpeech(2).WithHand(0, "A5").Build();

        var preview = Preview.Of(match, Move.End(1));

        Assert.Multiple(() =>
        {
            Assert.That(preview.Legal, Is.False);
            Assert.That(preview.Rejection!.Code, Is.EqualTo(RejectionCode.NotYourSpeech));
            Assert.That(preview.Outcome, Is.EqualTo(preview.Rejection.Reason));
        });
    }
}
