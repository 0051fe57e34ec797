using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Opponents.Tests.Builders;
using NUnit.Framework;

namespace Debate.Opponents.Tests;

/// <summary>
/// The debater's decision list, step by step, with the reason it gives. In the sample room Beijing
/// (60%) weighs security 3 and history 2, Business (40%) weighs trade 3.
/// </summary>
public sealed class DebaterTests
{
    private static OpponentChoice Choose(Match match) =>
        new Debater().Choose(PlayerView.Of(match, match.Speaker), Rules.LegalMoves(match));

    [Test]
    public void Choose_AnswerableThreat_RebutsTheHeaviestItCanDefeat()
    {
        // P6 (security, 7.2) weighs more but nothing in hand answers it; A4 (history 3) defeats P1 (3):
        // P1's 3.6 leaves the room's scales and A4's own 3.6 (3 x history 2 x Beijing 60%) joins ours.
        var match = new Situation().InSpeech(2).OnFloor("P1", Side.Partnership).OnFloor("P6", Side.Partnership)
            .AllianceHolds("A4", "A1").Build();

        var choice = Choose(match);

        Assert.That(choice.Move, Is.EqualTo(Move.Rebuttal(0, new CardId("A4"), 1)));
        Assert.That(choice.Reason, Is.EqualTo(
            "Rebuts #1 \"Tag P1\" with A4: defeats #1, 3 against 3; our standing case gains 7.2, the most of any rebuttal open to us."));
    }

    [Test]
    public void Choose_NoRebuttalBearsOnTheThreat_ClaimsInstead()
    {
        // A4 bears on history only, so it cannot touch P6 (security): answering is skipped.
        var match = new Situation().InSpeech(2).OnFloor("P6", Side.Partnership).AllianceHolds("A4", "A1").Build();

        var choice = Choose(match);

        Assert.That(choice.Move, Is.EqualTo(Move.Claim(0, new CardId("A1"))));
    }

    [Test]
    public void Choose_NoThreatAndEvidenceInHand_BuildsWhereTheRoomWeighs()
    {
        var match = new Situation().InSpeech(0).OnFloor("A1", Side.Alliance).AllianceHolds("A3").Build();

        var choice = Choose(match);

        Assert.That(choice.Move, Is.EqualTo(Move.Evidence(0, new CardId("A3"), 1)));
        Assert.That(choice.Reason, Is.EqualTo("Supports #1 \"Tag A1\" with A3: backs #1 with 1: 3 to 4. The room weighs security, and our standing case gains 1.8, the most for its time."));
    }

    [Test]
    public void Choose_OnlyClaims_PlaysTheOneThatAddsMostWeight()
    {
        var match = new Situation().InSpeech(0).AllianceHolds("A2", "A1").Build();

        var choice = Choose(match);

        Assert.That(choice.Move, Is.EqualTo(Move.Claim(0, new CardId("A1"))));
        Assert.That(choice.Reason, Is.EqualTo("Claims \"Tag A1\" (A1): puts #1 on the floor at strength 3. The room weighs security, and our standing case gains 5.4, the most for its time."));
    }

    [Test]
    public void Choose_EvidenceAndClaim_PrefersWhatAddsMoreWeightPerUnitOfTime()
    {
        // Evidence A3 adds 1.8 to #1 (security) for 1 unit; the claim A6 adds 4.8 (4 x history 2 x 60%) for 2 units.
        var match = new Situation().InSpeech(0).OnFloor("A1", Side.Alliance).AllianceHolds("A3", "A6").Build();

        var choice = Choose(match);

        Assert.That(choice.Move, Is.EqualTo(Move.Claim(0, new CardId("A6"))));
    }

    [Test]
    public void Choose_NothingUseful_EndsTheSpeech()
    {
        var match = new Situation().InSpeech(0).AllianceHolds("A4").Build();

        var choice = Choose(match);

        Assert.That(choice.Move, Is.EqualTo(Move.End(0)));
        Assert.That(choice.Reason, Is.EqualTo("Nothing in hand answers, strengthens or adds to our case. Ends the speech: the room waits to hear the other side."));
    }
}
