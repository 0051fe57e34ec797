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

    // Simulate's runner hands the novice the engine's listing instead of the list: it must draw the same move (the very
    // same shared move, with its remembered choice) from the same generator, position after position.
    [Test]
    public void Choose_FromTheEnginesListing_DrawsWhatItDrawsFromTheList()
    {
        var seats = new SeatSpec[] { new("Ana", Side.Alliance, "novice"), new("Bo", Side.Partnership, "novice"), new("Cy", Side.Alliance, "novice") };
        var listing = new MoveListing();
        var moves = 0;
        for (ulong seed = 1; seed <= 30; seed++)
        {
            var match = MatchSetup.Start(Scenario, seats, seed);
            var fromList = new Novice(seed);
            var fromListing = new Novice(seed);
            while (!match.IsOver)
            {
                var view = PlayerView.Of(match, match.Speaker);
                var expected = fromList.Choose(view, Rules.LegalMoves(match));
                var actual = fromListing.Choose(view, listing.Of(match));
                Assert.That(actual, Is.SameAs(expected), $"seed {seed}, move {match.MoveCount}");
                match = Rules.Apply(match, actual.Move).Match;
                moves++;
            }
        }

        Assert.That(moves, Is.GreaterThan(300));
        Assert.Throws<ArgumentException>(() => new Novice(1).Choose(PlayerView.Of(MatchSetup.Start(Scenario, seats, 1), 0), new MoveListing()));
    }
}
