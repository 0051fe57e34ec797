using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Play;

// A move the rules hand out knows its card's index, and Apply decides a legal one from that index alone; a `with`
// copies the index, so a copy naming another card must be judged by the card it names.
public sealed class CopiedMoveTests
{
    [Test]
    public void Apply_ACopyOfAListedMoveNamingACardNotInHand_IsRefused()
    {
        var match = MatchSetup.Start(SampleScenario.Build(), Playout.TwoSeats, 3);
        var listed = Rules.LegalMoves(match).First(m => m.Kind == MoveKind.PlayClaim);
        var elsewhere = match.Scenario.Cards.First(c => c.Kind == CardKind.Claim && !match.Hands[match.Speaker].Contains(c.Id));

        var result = Rules.Apply(match, listed with { Card = elsewhere.Id });

        Assert.That(result.Accepted, Is.False);
        Assert.That(result.Rejection!.Code, Is.EqualTo(RejectionCode.CardNotInHand));
    }

    [Test]
    public void Apply_ACopyOfAListedMoveNamingAnotherCardInHand_PlaysThatCard()
    {
        var match = MatchSetup.Start(SampleScenario.Build(), Playout.TwoSeats, 3);
        var claims = Rules.LegalMoves(match).Where(m => m.Kind == MoveKind.PlayClaim).ToList();
        Assume.That(claims, Has.Count.GreaterThanOrEqualTo(2), "seed 3 deals the first speaker two claims");

        var result = Rules.Apply(match, claims[0] with { Card = claims[1].Card });

        Assert.That(result.Accepted, Is.True, result.Rejection?.Reason);
        Assert.That(result.Match.Floor[^1].Card, Is.EqualTo(claims[1].Card));
    }
}
