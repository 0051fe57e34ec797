using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Opponents.Personas;
using Debate.Opponents.Tests.Builders;
using NUnit.Framework;

namespace Debate.Opponents.Tests.Personas;

/// <summary>A scenario persona: the first rule whose conditions hold and whose action is legal decides, in its own words.</summary>
public sealed class PersonaOpponentTests
{
    private static OpponentChoice Choose(Persona persona, Match match) =>
        new PersonaOpponent(persona).Choose(PlayerView.Of(match, match.Speaker), Rules.LegalMoves(match));

    [Test]
    public void Choose_RuleHolds_PlaysItsActionWithItsReason()
    {
        // The debater would claim A1 (security weighs more); the trader's opening rule wants trade.
        var match = new Situation().InSpeech(0).AllianceHolds("A1", "A2").Build();

        var choice = Choose(SamplePersonas.Trader, match);

        Assert.That(choice.Move, Is.EqualTo(Move.Claim(0, new CardId("A2"))));
        Assert.That(choice.Reason, Is.EqualTo("The trader (rule 1): Trade is what the room came for. Claims \"Tag A2\" (A2): puts #1 on the floor at strength 2."));
    }

    [Test]
    public void Choose_RebutStrongest_TakesTheStrongestStandingArgumentItCanDefeat()
    {
        // P6 (security 4) stands, so rule 1 holds; A5 (4) shares security with P6 and is strong enough to defeat it.
        var match = new Situation().InSpeech(2).OnFloor("P1", Side.Partnership).OnFloor("P6", Side.Partnership)
            .AllianceHolds("A4", "A5").Build();

        var choice = Choose(SamplePersonas.Hawk, match);

        Assert.That(choice.Move, Is.EqualTo(Move.Rebuttal(0, new CardId("A5"), 2)));
        Assert.That(choice.Reason, Is.EqualTo("The hawk (rule 1): Nobody waves away the threat we face. Rebuts #2 \"Tag P6\" with A5: defeats #2, 4 against 4."));
    }

    [Test]
    public void Choose_RebutStrongest_CountsTheDirectAnswersBonus()
    {
        // #1 P1 (history 3) backed twice stands at 5; A5 (4) names P1, so it lands at 5 and defeats it.
        // Without the bonus it would look too weak and the hawk would turn to P6 (security 4) instead.
        var match = new Situation().InSpeech(2).OnFloor("P1", Side.Partnership).OnFloor("P3", Side.Partnership, target: 1)
            .OnFloor("P3", Side.Partnership, target: 1).OnFloor("P6", Side.Partnership).AllianceHolds("A5").Build();

        var choice = Choose(SamplePersonas.Hawk, match);

        Assert.That(choice.Move, Is.EqualTo(Move.Rebuttal(0, new CardId("A5"), 1)));
        Assert.That(choice.Reason, Does.EndWith("Rebuts #1 \"Tag P1\" with A5: defeats #1, 5 against 5 (direct answer +1)."));
    }

    [Test]
    public void Choose_ActionNotLegal_GoesOnToTheNextRule()
    {
        // Opening, no security claim in hand: rule 2 cannot act; nothing else fires, so the hawk plays as the debater.
        var match = new Situation().InSpeech(0).AllianceHolds("A2").Build();

        var choice = Choose(SamplePersonas.Hawk, match);

        Assert.That(choice.Move, Is.EqualTo(Move.Claim(0, new CardId("A2"))));
        Assert.That(choice.Reason, Does.StartWith("The hawk: Claims \"Tag A2\""));
    }

    [Test]
    public void Choose_ClosingWithTimeLeft_EndsAsItsRuleSays()
    {
        var match = new Situation().InSpeech(7).OnFloor("A1", Side.Alliance).AllianceHolds("A3").Build();

        var choice = Choose(SamplePersonas.Hawk, match);

        Assert.That(choice.Move, Is.EqualTo(Move.End(0)));
        Assert.That(choice.Reason, Is.EqualTo("The hawk (rule 3): I rest on what stands. Ends the speech: the room leans towards Alliance; the debate closes."));
    }

    [Test]
    public void Choose_SupportWeakest_PrefersTheOwnArgumentThatDoesNotStand()
    {
        // #1 A1 (security 3) is defeated by #3 P4 (security 3); #2 A2 stands. The trader supports the fallen one.
        var match = new Situation().InSpeech(2).OnFloor("A1", Side.Alliance).OnFloor("A2", Side.Alliance)
            .OnFloor("P4", Side.Partnership, target: 1).AllianceHolds("A3").Build();

        var choice = Choose(SamplePersonas.Trader, match);

        Assert.That(choice.Move, Is.EqualTo(Move.Evidence(0, new CardId("A3"), 1)));
        Assert.That(choice.Reason, Is.EqualTo("The trader (rule 2): Our weakest point needs support. Supports #1 \"Tag A1\" with A3: backs #1 with 1: 3 to 4; reinstates #1."));
    }
}
