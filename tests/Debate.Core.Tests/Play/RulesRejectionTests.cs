using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Play;

// Sample speeches: 0 Opening·Alliance (claims, evidence), 1 Opening·Partnership, 2-5 Rebuttal rounds
// (any kind), 6 Closing·Partnership and 7 Closing·Alliance (evidence, rebuttals). Seat 0 Ana is
// Alliance, seat 1 Bo Partnership; each speech has 3 units of time.
public sealed class RulesRejectionTests
{
    private static readonly CardId A1 = new("A1");

    [Test]
    public void Apply_AfterTheVerdict_IsRejectedAsMatchOver()
    {
        var match = new MatchBuilder().AtVerdict().Build();

        Expect.Rejected(match, Move.End(0), RejectionCode.MatchOver, "The debate is over; only the verdict remains.");
    }

    [Test]
    public void Apply_ClaimAfterTheVerdict_IsRejectedAsMatchOver()
    {
        var match = new MatchBuilder().AtVerdict().WithHand(0, "A1").Build();

        Expect.Rejected(match, Move.Claim(0, A1), RejectionCode.MatchOver, "The debate is over; only the verdict remains.");
    }

    [Test]
    public void Apply_EndSpeechBySeatWithoutTheFloor_IsRejectedAsNotYourSpeech()
    {
        var match = new MatchBuilder().InSpeech(0).Build();

        Expect.Rejected(match, Move.End(1), RejectionCode.NotYourSpeech, "It is Ana's speech (Opening · Alliance).");
    }

    [Test]
    public void Apply_ClaimBySeatWithoutTheFloor_IsRejectedAsNotYourSpeech()
    {
        var match = new MatchBuilder().InSpeech(3).WithHand(0, "A1").Build();

        Expect.Rejected(match, Move.Claim(0, A1), RejectionCode.NotYourSpeech, "It is Bo's speech (Rebuttal 1 · Partnership).");
    }

    [TestCase(-1)]
    [TestCase(7)]
    public void Apply_BySeatThatDoesNotExist_IsRejectedAsNotYourSpeech(int seat)
    {
        var match = new MatchBuilder().Build();

        Expect.Rejected(match, Move.End(seat), RejectionCode.NotYourSpeech, "It is Ana's speech (Opening · Alliance).");
    }

    [Test]
    public void Apply_CardTheScenarioDoesNotHave_IsRejectedAsUnknownCard()
    {
        var match = new MatchBuilder().Build();

        Expect.Rejected(match, Move.Claim(0, new CardId("Z9")), RejectionCode.UnknownCard, "The scenario has no card 'Z9'.");
    }

    [Test]
    public void Apply_PlayNamingNoCard_IsRejectedAsUnknownCard()
    {
        var match = new MatchBuilder().Build();

        Expect.Rejected(match, new Move(0, MoveKind.PlayClaim), RejectionCode.UnknownCard, "The scenario has no card ''.");
    }

    [Test]
    public void Apply_CardNotInTheSpeakersHand_IsRejectedAsCardNotInHand()
    {
        var match = new MatchBuilder().WithHand(0, "A2").WithHand(1, "A1").Build();

        Expect.Rejected(match, Move.Claim(0, A1), RejectionCode.CardNotInHand, "A1 is not in your hand.");
    }

    [Test]
    public void Apply_EventCard_IsRejectedAsCardNotInHand()
    {
        var match = new MatchBuilder().Build();

        Expect.Rejected(match, Move.Claim(0, new CardId("E1")), RejectionCode.CardNotInHand, "E1 is not in your hand.");
    }

    [Test]
    public void Apply_EvidencePlayedAsClaim_IsRejectedAsWrongKind()
    {
        var match = new MatchBuilder().WithHand(0, "A3").Build();

        Expect.Rejected(match, Move.Claim(0, new CardId("A3")), RejectionCode.WrongKind, "A3 is evidence, not a claim.");
    }

    [Test]
    public void Apply_ClaimPlayedAsRebuttal_IsRejectedAsWrongKind()
    {
        var match = new MatchBuilder().InSpeech(2).WithHand(0, "A1").WithArgument("P1").Build();

        Expect.Rejected(match, Move.Rebuttal(0, A1, 1), RejectionCode.WrongKind, "A1 is a claim, not a rebuttal.");
    }

    [Test]
    public void Apply_RebuttalPlayedAsEvidence_IsRejectedAsWrongKind()
    {
        var match = new MatchBuilder().InSpeech(2).WithHand(0, "A4").WithArgument("A6").Build();

        Expect.Rejected(match, Move.Evidence(0, new CardId("A4"), 1), RejectionCode.WrongKind, "A4 is a rebuttal, not evidence.");
    }

    [Test]
    public void Apply_RebuttalInOpeningPhase_IsRejected()
    {
        var match = new MatchBuilder().InSpeech(0).WithHand(0, "A4").WithArgument("P1").Build();

        Expect.Rejected(match, Move.Rebuttal(0, new CardId("A4"), 1), RejectionCode.KindNotAllowed,
            "Opening · Alliance allows only claims and evidence: no rebuttals in this speech.");
    }

    [Test]
    public void Apply_NewClaimInClosing_IsRejectedWithThePhaseGuardsReason()
    {
        var match = new MatchBuilder().InSpeech(6).WithHand(1, "P1").Build();

        Expect.Rejected(match, Move.Claim(1, new CardId("P1")), RejectionCode.KindNotAllowed,
            "Closing · Partnership allows only evidence and rebuttals: no new claims in this speech.");
    }

    [Test]
    public void Apply_EitherClaimInClosing_IsRejectedAsKindNotAllowed()
    {
        var match = new MatchBuilder().InSpeech(7).WithHand(0, "X1").Build();

        Expect.Rejected(match, Move.Claim(0, new CardId("X1")), RejectionCode.KindNotAllowed,
            "Closing · Alliance allows only evidence and rebuttals: no new claims in this speech.");
    }

    [Test]
    public void Apply_NewClaimInClosingWithNoTimeLeft_IsRejectedAsKindNotAllowed()
    {
        // The reason is the phase guard's; the code must say the same thing.
        var match = new MatchBuilder().InSpeech(6).WithTimeLeft(0).WithHand(1, "P1").Build();

        Expect.Rejected(match, Move.Claim(1, new CardId("P1")), RejectionCode.KindNotAllowed,
            "Closing · Partnership allows only evidence and rebuttals: no new claims in this speech.");
    }

    [Test]
    public void Apply_CardCostingMoreThanTheTimeLeft_IsRejectedAsNotEnoughTime()
    {
        var match = new MatchBuilder().WithTimeLeft(1).WithHand(0, "A6").Build();

        Expect.Rejected(match, Move.Claim(0, new CardId("A6")), RejectionCode.NotEnoughTime,
            "A6 takes 2 units of time; 1 left in this speech.");
    }

    [Test]
    public void Apply_PlayWithNoTimeLeft_IsRejectedAsNotEnoughTime()
    {
        var match = new MatchBuilder().WithTimeLeft(0).WithHand(0, "A1").Build();

        Expect.Rejected(match, Move.Claim(0, A1), RejectionCode.NotEnoughTime, "No time is left in this speech: end it.");
    }

    [Test]
    public void Apply_EvidenceOnAnArgumentNotOnTheFloor_IsRejectedAsNoSuchTarget()
    {
        var match = new MatchBuilder().WithHand(0, "A3").WithArgument("A1").Build();

        Expect.Rejected(match, Move.Evidence(0, new CardId("A3"), 5), RejectionCode.NoSuchTarget, "There is no argument #5 on the floor.");
    }

    [Test]
    public void Apply_RebuttalWithoutTarget_IsRejectedAsNoSuchTarget()
    {
        var match = new MatchBuilder().InSpeech(2).WithHand(0, "A4").WithArgument("P1").Build();

        Expect.Rejected(match, new Move(0, MoveKind.PlayRebuttal, new CardId("A4")), RejectionCode.NoSuchTarget,
            "There is no argument #0 on the floor.");
    }

    [Test]
    public void Apply_EvidenceOnTheOtherSidesArgument_IsRejectedAsWrongTarget()
    {
        var match = new MatchBuilder().WithHand(0, "A3").WithArgument("P6").Build();

        Expect.Rejected(match, Move.Evidence(0, new CardId("A3"), 1), RejectionCode.WrongTarget,
            "Evidence supports your own side's arguments; #1 is Partnership's.");
    }

    [Test]
    public void Apply_RebuttalOnOwnSidesArgument_IsRejectedAsWrongTarget()
    {
        var match = new MatchBuilder().InSpeech(2).WithHand(0, "A4").WithArgument("A6").Build();

        Expect.Rejected(match, Move.Rebuttal(0, new CardId("A4"), 1), RejectionCode.WrongTarget,
            "A rebuttal attacks the other side; #1 is your own side's argument.");
    }

    [Test]
    public void Apply_EvidenceOnEvidence_IsRejectedAsWrongTarget()
    {
        var match = new MatchBuilder().WithHand(0, "A3").WithArgument("A1").WithArgument("A3", target: 1).Build();

        Expect.Rejected(match, Move.Evidence(0, new CardId("A3"), 2), RejectionCode.WrongTarget,
            "#2 is evidence; play on the claim or rebuttal it supports.");
    }

    [Test]
    public void Apply_RebuttalOnEvidence_IsRejectedAsWrongTarget()
    {
        var match = new MatchBuilder().InSpeech(3).WithHand(1, "P4").WithArgument("A1").WithArgument("A3", target: 1).Build();

        Expect.Rejected(match, Move.Rebuttal(1, new CardId("P4"), 2), RejectionCode.WrongTarget,
            "#2 is evidence; play on the claim or rebuttal it supports.");
    }

    [Test]
    public void Apply_RebuttalNamingOtherCardsAndSharingNoTheme_IsRejectedAsDoesNotBear()
    {
        // A4 is on history and names only P1; P6 is on security.
        var scenario = new ScenarioBuilder().WithCard("A4", c => c with { Targets = [new CardId("P1")] }).Build();
        var match = new MatchBuilder().For(scenario).InSpeech(2).WithHand(0, "A4").WithArgument("P6").Build();

        Expect.Rejected(match, Move.Rebuttal(0, new CardId("A4"), 1), RejectionCode.DoesNotBear,
            "A4 shares no theme with #1 (security) and does not name P6 among its targets (P1).");
    }

    [Test]
    public void Apply_RebuttalSharingNoTheme_IsRejectedAsDoesNotBear()
    {
        var match = new MatchBuilder().InSpeech(2).WithHand(0, "A4").WithArgument("P6").Build();

        Expect.Rejected(match, Move.Rebuttal(0, new CardId("A4"), 1), RejectionCode.DoesNotBear, "A4 shares no theme with #1 (security).");
    }

    [Test]
    public void Apply_EvidenceSharingNoTheme_IsRejectedAsDoesNotBear()
    {
        var match = new MatchBuilder().WithHand(0, "A3").WithArgument("A2").Build();

        Expect.Rejected(match, Move.Evidence(0, new CardId("A3"), 1), RejectionCode.DoesNotBear, "A3 shares no theme with #1 (trade).");
    }

    [Test]
    public void Apply_EvidenceNamingOtherCardsAndSharingNoTheme_IsRejected()
    {
        var scenario = new ScenarioBuilder().WithCard("A3", c => c with { Themes = ["trade"], Targets = [new CardId("A6")] }).Build();
        var match = new MatchBuilder().For(scenario).WithHand(0, "A3").WithArgument("A1").Build();

        Expect.Rejected(match, Move.Evidence(0, new CardId("A3"), 1), RejectionCode.DoesNotBear,
            "A3 shares no theme with #1 (security) and does not name A1 among its targets (A6).");
    }

    [Test]
    public void Apply_NotYourSpeech_IsCheckedBeforeTheCard()
    {
        var match = new MatchBuilder().Build();

        Expect.Rejected(match, Move.Claim(1, new CardId("Z9")), RejectionCode.NotYourSpeech, "It is Ana's speech (Opening · Alliance).");
    }

    [Test]
    public void Apply_EveryRejectionCode_IsReachable()
    {
        // One move per code, so that a code no rule can produce shows up here.
        var opening = new MatchBuilder().WithHand(0, "A3", "A6").WithArgument("P6").WithArgument("A2").Build();
        var rebuttal = new MatchBuilder().InSpeech(2).WithHand(0, "A4").WithArgument("P6").Build();
        var moves = new (Match Match, Move Move)[]
        {
            (new MatchBuilder().AtVerdict().Build(), Move.End(0)),
            (opening, Move.End(1)),
            (opening, Move.Claim(0, A1)),
            (opening, Move.Claim(0, new CardId("Z9"))),
            (opening, Move.Claim(0, new CardId("A3"))),
            (new MatchBuilder().WithHand(0, "A4").Build(), Move.Rebuttal(0, new CardId("A4"), 1)),
            (opening with { TimeLeft = 1 }, Move.Claim(0, new CardId("A6"))),
            (opening, Move.Evidence(0, new CardId("A3"), 9)),
            (opening, Move.Evidence(0, new CardId("A3"), 1)),
            (rebuttal, Move.Rebuttal(0, new CardId("A4"), 1)),
        };

        var codes = moves.Select(m => Rules.Check(m.Match, m.Move)?.Code).ToHashSet();

        Assert.That(codes, Is.EquivalentTo(Enum.GetValues<RejectionCode>().Cast<RejectionCode?>()));
    }
}
