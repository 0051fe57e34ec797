using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Play;

public sealed class RulesPlayTests
{
    private static CardId Id(string value) => new(value);

    [Test]
    public void Apply_Claim_PutsANewArgumentOnTheFloorForTheSpeakersSide()
    {
        var match = new MatchBuilder().WithHand(0, "A1", "A2").Build();

        var result = Rules.Apply(match, Move.Claim(0, Id("A1")));

        Assert.Multiple(() =>
        {
            Assert.That(result.Accepted, Is.True);
            Assert.That(result.Match.Floor, Is.EqualTo(new[] { new Argument(1, Id("A1"), Side.Alliance, 0, CardKind.Claim, null, 0) }));
            Assert.That(result.Match.Hands[0], Is.EqualTo(new[] { Id("A2") }));
            Assert.That(result.Match.TimeLeft, Is.EqualTo(2));
            Assert.That(result.Match.MoveCount, Is.EqualTo(match.MoveCount + 1));
            Assert.That(result.Happenings.Select(h => (h.Kind, h.Text)),
                Is.EqualTo(new[] { (HappeningKind.CardPlayed, "#1 Ana (Alliance) claims Tag A1") }));
        });
    }

    [Test]
    public void Apply_AcceptedMove_LeavesTheGivenMatchUnchanged()
    {
        var match = new MatchBuilder().WithHand(0, "A1").Build();
        var hand = match.Hands[0];

        Rules.Apply(match, Move.Claim(0, Id("A1")));

        Assert.Multiple(() =>
        {
            Assert.That(match.Floor, Is.Empty);
            Assert.That(match.Hands[0], Is.EqualTo(hand));
            Assert.That(match.TimeLeft, Is.EqualTo(3));
            Assert.That(match.MoveCount, Is.Zero);
        });
    }

    [Test]
    public void Apply_Evidence_SupportsAnOwnArgumentSharingATheme()
    {
        var match = new MatchBuilder().WithHand(0, "A3").WithArgument("A1").Build();

        var next = Expect.Accepted(match, Move.Evidence(0, Id("A3"), 1));

        Assert.Multiple(() =>
        {
            Assert.That(next.Floor[1], Is.EqualTo(new Argument(2, Id("A3"), Side.Alliance, 0, CardKind.Evidence, 1, 0)));
            Assert.That(Strengths.Of(next), Is.EqualTo(new[] { 4, 1 }));
        });
    }

    [Test]
    public void Apply_EvidenceOnAnOwnRebuttal_IsAccepted()
    {
        var scenario = new ScenarioBuilder().WithCard("A5", c => c with { Targets = [] }).Build();
        var match = new MatchBuilder().For(scenario).InSpeech(4).WithHand(0, "A3").WithArgument("P6").WithArgument("A5", target: 1).Build();

        var next = Expect.Accepted(match, Move.Evidence(0, Id("A3"), 2));

        Assert.That(Strengths.Of(next), Is.EqualTo(new[] { 4, 5, 1 }));
    }

    [Test]
    public void Apply_Rebuttal_AttacksAnOpposingArgumentSharingATheme()
    {
        var match = new MatchBuilder().InSpeech(3).WithHand(1, "P4").WithArgument("A1").Build();

        var result = Rules.Apply(match, Move.Rebuttal(1, Id("P4"), 1));

        Assert.Multiple(() =>
        {
            Assert.That(result.Accepted, Is.True);
            Assert.That(result.Match.Floor[1], Is.EqualTo(new Argument(2, Id("P4"), Side.Partnership, 1, CardKind.Rebuttal, 1, 3)));
            Assert.That(result.Happenings[0].Text, Is.EqualTo("#2 Bo (Partnership) rebuts #1: Tag P4"));
        });
    }

    [Test]
    public void Apply_RebuttalNamingItsTarget_IsAcceptedWithoutASharedTheme()
    {
        // A5 (security) names P1 (history).
        var match = new MatchBuilder().InSpeech(2).WithHand(0, "A5").WithArgument("P1").Build();

        var next = Expect.Accepted(match, Move.Rebuttal(0, Id("A5"), 1));

        Assert.That(next.Floor[1].Target, Is.EqualTo(1));
    }

    [Test]
    public void Apply_RebuttalOnAnOpposingRebuttal_IsAccepted()
    {
        var scenario = new ScenarioBuilder().WithCard("A4", c => c with { Themes = ["history", "security"] }).Build();
        var match = new MatchBuilder().For(scenario).InSpeech(4).WithHand(0, "A4").WithArgument("A1").WithArgument("P4", target: 1).Build();

        var next = Expect.Accepted(match, Move.Rebuttal(0, Id("A4"), 2));

        Assert.That(next.Floor[2], Is.EqualTo(new Argument(3, Id("A4"), Side.Alliance, 0, CardKind.Rebuttal, 2, 4)));
    }

    [Test]
    public void Apply_RebuttalInClosing_IsAccepted()
    {
        var match = new MatchBuilder().InSpeech(6).WithHand(1, "P4").WithArgument("A1").Build();

        Expect.Accepted(match, Move.Rebuttal(1, Id("P4"), 1));
    }

    [Test]
    public void Apply_EvidenceInClosing_IsAccepted()
    {
        var match = new MatchBuilder().InSpeech(6).WithHand(1, "P3").WithArgument("P1").Build();

        Expect.Accepted(match, Move.Evidence(1, Id("P3"), 1));
    }

    [TestCase(0, 0, Side.Alliance)]
    [TestCase(1, 1, Side.Partnership)]
    public void Apply_EitherClaim_BelongsToWhoeverPlaysIt(int speech, int seat, Side side)
    {
        var match = new MatchBuilder().InSpeech(speech).WithHand(seat, "X1").Build();

        var next = Expect.Accepted(match, Move.Claim(seat, Id("X1")));

        Assert.That(next.Floor[0].Side, Is.EqualTo(side));
    }

    [Test]
    public void Apply_EitherRebuttal_AttacksTheOtherSideOfWhoeverPlaysIt()
    {
        var match = new MatchBuilder().InSpeech(3).WithHand(1, "X2").WithArgument("A2").WithArgument("X1", side: Side.Partnership).Build();

        var legal = Rules.LegalMoves(match);

        Assert.Multiple(() =>
        {
            Assert.That(legal, Does.Contain(Move.Rebuttal(1, Id("X2"), 1)));
            Assert.That(legal, Does.Not.Contain(Move.Rebuttal(1, Id("X2"), 2)));
            Assert.That(Expect.Accepted(match, Move.Rebuttal(1, Id("X2"), 1)).Floor[2].Side, Is.EqualTo(Side.Partnership));
        });
    }

    [Test]
    public void Apply_EitherRebuttalOnAnEitherClaimOfTheOtherSide_IsAccepted()
    {
        var match = new MatchBuilder().InSpeech(2).WithHand(0, "X2").WithArgument("X1", side: Side.Partnership).Build();

        Expect.Accepted(match, Move.Rebuttal(0, Id("X2"), 1));
    }

    [Test]
    public void Apply_EndSpeech_HandsTheFloorToTheNextSpeaker()
    {
        var match = new MatchBuilder().WithTimeLeft(1).Build();
        var bosHand = match.Hands[1].Length;

        var result = Rules.Apply(match, Move.End(0));

        Assert.Multiple(() =>
        {
            Assert.That(result.Match.SpeechIndex, Is.EqualTo(1));
            Assert.That(result.Match.Speaker, Is.EqualTo(1));
            Assert.That(result.Match.TimeLeft, Is.EqualTo(3));
            Assert.That(result.Match.Hands[1], Has.Length.EqualTo(bosHand + 1));
            Assert.That(result.Match.AudienceAfterSpeech, Has.Length.EqualTo(1));
            Assert.That(result.Happenings.Select(h => h.Kind), Is.EqualTo(new[]
            {
                HappeningKind.SpeechEnded, HappeningKind.AudienceLeaned, HappeningKind.CardsDrawn, HappeningKind.SpeechBegan,
            }));
            Assert.That(result.Happenings.Select(h => h.Text), Is.EqualTo(new[]
            {
                "Opening · Alliance ends.", "The room waits to hear the other side before it leans.", "Bo draws 1.", "Opening · Partnership: Bo has the floor.",
            }));
        });
    }

    [Test]
    public void Apply_EndOfTheFirstSpeech_LeavesTheAudienceUntilItHasHeardBothSides()
    {
        var match = new MatchBuilder().WithArgument("A1").Build();

        var result = Rules.Apply(match, Move.End(0));

        Assert.That(result.Match.Audience, Is.EqualTo(match.Audience));
    }

    [Test]
    public void Strength_OfARebuttalOnACardItNames_IsOneMoreThanOnACardItOnlySharesAThemeWith()
    {
        // A5 (strength 4) names P1 and shares security with P6.
        var direct = new MatchBuilder().InSpeech(2).WithArgument("P1").WithArgument("A5", target: 1).Build();
        var byTheme = new MatchBuilder().InSpeech(2).WithArgument("P6").WithArgument("A5", target: 1).Build();

        Assert.Multiple(() =>
        {
            Assert.That(Strengths.Of(direct)[1], Is.EqualTo(4 + Targeting.DirectAnswerBonus));
            Assert.That(Strengths.Of(byTheme)[1], Is.EqualTo(4));
        });
    }

    [Test]
    public void Apply_EndOfTheLastSpeech_ClosesTheDebate()
    {
        var match = new MatchBuilder().InSpeech(7).Build();

        var result = Rules.Apply(match, Move.End(0));

        Assert.Multiple(() =>
        {
            Assert.That(result.Match.IsOver, Is.True);
            Assert.That(result.Match.Speaker, Is.EqualTo(-1));
            Assert.That(result.Match.CurrentSpeech, Is.Null);
            Assert.That(result.Match.TimeLeft, Is.Zero);
            Assert.That(result.Happenings[^1].Kind, Is.EqualTo(HappeningKind.DebateClosed));
            Assert.That(Rules.LegalMoves(result.Match), Is.Empty);
        });
    }

    [Test]
    public void Apply_EndSpeechWithAStandingAllianceClaim_SaysTheRoomLeansTowardsAlliance()
    {
        var match = new MatchBuilder().InSpeech(2).WithArgument("A1").Build();

        var result = Rules.Apply(match, Move.End(0));

        Assert.That(result.Happenings[1].Text, Is.EqualTo("The room leans towards Alliance."));
    }

    [Test]
    public void Apply_EndSpeechWithAStandingPartnershipClaim_SaysTheRoomLeansTowardsPartnership()
    {
        var match = new MatchBuilder().InSpeech(1).WithArgument("P6").Build();

        var result = Rules.Apply(match, Move.End(1));

        Assert.That(result.Happenings[1].Text, Is.EqualTo("The room leans towards Partnership."));
    }

    [Test]
    public void LegalMoves_InOpening_OffersClaimsEvidenceOnOwnArgumentsAndEnd()
    {
        var match = new MatchBuilder().WithHand(0, "A1", "A3", "A4").WithArgument("A1").WithArgument("P6").Build();

        var legal = Rules.LegalMoves(match);

        Assert.That(legal, Is.EquivalentTo(new[] { Move.Claim(0, Id("A1")), Move.Evidence(0, Id("A3"), 1), Move.End(0) }));
    }

    [Test]
    public void LegalMoves_InARebuttalRound_OffersRebuttalsOnBearingOpposingArguments()
    {
        var match = new MatchBuilder().InSpeech(2).WithHand(0, "A4", "A5").WithArgument("P1").WithArgument("P6").WithArgument("P2").Build();

        var legal = Rules.LegalMoves(match);

        Assert.That(legal, Is.EquivalentTo(new[]
        {
            // A5 names P1 but may also answer P6, with which it shares security; nothing bears on P2 (trade).
            Move.Rebuttal(0, Id("A4"), 1), Move.Rebuttal(0, Id("A5"), 1), Move.Rebuttal(0, Id("A5"), 2), Move.End(0),
        }));
    }

    [Test]
    public void LegalMoves_InClosing_OffersNoClaims()
    {
        var match = new MatchBuilder().InSpeech(7).WithHand(0, "A1", "A3", "X1").WithArgument("A1").Build();

        var legal = Rules.LegalMoves(match);

        Assert.That(legal, Is.EquivalentTo(new[] { Move.Evidence(0, Id("A3"), 1), Move.End(0) }));
    }

    [Test]
    public void LegalMoves_LeaveOutCardsCostingMoreThanTheTimeLeft()
    {
        var match = new MatchBuilder().WithTimeLeft(1).WithHand(0, "A6", "A2").Build();

        var legal = Rules.LegalMoves(match);

        Assert.That(legal, Is.EquivalentTo(new[] { Move.Claim(0, Id("A2")), Move.End(0) }));
    }

    [Test]
    public void LegalMoves_WithNoTimeLeft_OfferOnlyTheEndOfTheSpeech()
    {
        var match = new MatchBuilder().WithTimeLeft(0).WithHand(0, "A1", "A2").Build();

        Assert.That(Rules.LegalMoves(match), Is.EqualTo(new[] { Move.End(0) }));
    }

    [Test]
    public void LegalMoves_WithAZeroCostCardAndNoTimeLeft_AreAllAccepted()
    {
        var scenario = new ScenarioBuilder().WithCard("A2", c => c with { Cost = 0 }).Build();
        var match = new MatchBuilder().For(scenario).WithTimeLeft(0).WithHand(0, "A2").Build();

        var refused = Rules.LegalMoves(match).Where(m => !Rules.Apply(match, m).Accepted);

        Assert.That(refused, Is.Empty);
    }

    [Test]
    public void Apply_ZeroCostCardWithTimeLeft_IsAcceptedAndCostsNothing()
    {
        var scenario = new ScenarioBuilder().WithCard("A2", c => c with { Cost = 0 }).Build();
        var match = new MatchBuilder().For(scenario).WithTimeLeft(1).WithHand(0, "A2").Build();

        var next = Expect.Accepted(match, Move.Claim(0, Id("A2")));

        Assert.That(next.TimeLeft, Is.EqualTo(1));
    }

    [Test]
    public void Apply_SpendingTheWholeBudget_LeavesOnlyTheEndOfTheSpeech()
    {
        var match = new MatchBuilder().WithHand(0, "A1", "A6", "A2").Build();

        match = Expect.Accepted(match, Move.Claim(0, Id("A1")));
        match = Expect.Accepted(match, Move.Claim(0, Id("A6")));

        Assert.Multiple(() =>
        {
            Assert.That(match.TimeLeft, Is.Zero);
            Assert.That(Rules.LegalMoves(match), Is.EqualTo(new[] { Move.End(0) }));
        });
    }
}
