using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Opponents.Tests.Builders;
using NUnit.Framework;

namespace Debate.Opponents.Tests;

public sealed class NoviceTests
{
    private static readonly Scenario Scenario = SampleScenario.Build();

    // The novice keeps its choice of a move beside the move; a move copied with `with` carries that along, and
    // must still get a choice of itself.
    [Test]
    public void Choose_AMoveCopiedFromAChosenOne_ChoosesTheCopy()
    {
        var match = MatchSetup.Start(Scenario, [new("Ana", Side.Alliance, "novice"), new("Bo", Side.Partnership, "novice")], 3);
        var view = PlayerView.Of(match, match.Speaker);
        var move = Move.Claim(match.Speaker, new CardId("A1"));
        var first = new Novice(1).Choose(view, [move]);
        var again = new Novice(2).Choose(view, [move]);
        var copy = move with { Seat = move.Seat };
        var ofCopy = new Novice(1).Choose(view, [copy]);

        Assert.Multiple(() =>
        {
            Assert.That(first.Move, Is.SameAs(move));
            Assert.That(again, Is.SameAs(first));
            Assert.That(ofCopy.Move, Is.SameAs(copy));
            Assert.That(ofCopy.Reason, Is.Null);
        });
    }
}
