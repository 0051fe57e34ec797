using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Play;

// X1 is an Either claim (trade, strength 2) and X2 an Either rebuttal in the sample scenario; speech 2 is
// Rebuttal 1 · Alliance (seat 0), speech 3 Rebuttal 1 · Partnership (seat 1).
public sealed class EitherSideTests
{
    private static CardId Id(string id) => new(id);

    [Test]
    public void Apply_AnEitherClaim_SaysWhoseCaseItServesInTheTranscript()
    {
        var match = new MatchBuilder().InSpeech(2).WithHand(0, "X1").Build();

        var applied = Rules.Apply(match, Move.Claim(0, Id("X1")));

        Assert.That(applied.Happenings[0].Text, Is.EqualTo("#1 Ana (Alliance) claims Tag X1 (either side's card, argued for Alliance)"));
    }

    [Test]
    public void Apply_TheSameEitherCardOnBothSides_IsASharedConcessionAndTheFloorSaysSoOnBoth()
    {
        var match = new MatchBuilder().InSpeech(3).WithHand(1, "X1").WithArgument("X1", side: Side.Alliance, speech: 2).Build();

        var applied = Rules.Apply(match, Move.Claim(1, Id("X1")));
        var floor = FloorJudgement.Of(applied.Match);

        Assert.Multiple(() =>
        {
            Assert.That(applied.Accepted, Is.True);
            Assert.That(applied.Happenings[0].Text, Is.EqualTo(
                "#2 Bo (Partnership) claims Tag X1 (either side's card, argued for Partnership; shared concession: Alliance argued it too as #1)"));
            Assert.That(floor.Select(s => s.Either), Is.All.True);
            Assert.That(floor[0].SharedWith, Is.EqualTo(new[] { 2 }));
            Assert.That(floor[1].SharedWith, Is.EqualTo(new[] { 1 }));
            Assert.That(floor[0].TagInVoice, Is.EqualTo("Tag X1 (either side's card, argued for Alliance; shared concession: Partnership argued it too as #2)"));
            Assert.That(floor[0].Explanation, Does.EndWith(" A shared concession: Partnership argued the same card as #2; each side's copy weighs for its own side."));
            Assert.That(floor[1].Explanation, Does.EndWith(" A shared concession: Alliance argued the same card as #1; each side's copy weighs for its own side."));
        });
    }

    [Test]
    public void Judge_ADecisiveEitherArgument_IsNamedWithTheSideItWasArguedFor()
    {
        var match = new MatchBuilder().AtVerdict().WithArgument("X1", side: Side.Alliance, speech: 2).Build();

        var reason = Adjudicator.Judge(match).Reason;

        Assert.That(reason.Lines, Has.Some.StartWith("Decisive: #1 Tag X1 (either side's card, argued for Alliance) (Alliance, strength 2)."));
    }

    [Test]
    public void FloorJudgement_ACardOfOneSide_IsNeitherEitherNorShared()
    {
        var floor = FloorJudgement.Of(new MatchBuilder().InSpeech(3).WithArgument("A1", speech: 2).Build());

        Assert.Multiple(() =>
        {
            Assert.That(floor[0].Either, Is.False);
            Assert.That(floor[0].SharedWith, Is.Empty);
            Assert.That(floor[0].TagInVoice, Is.EqualTo("Tag A1"));
        });
    }
}
