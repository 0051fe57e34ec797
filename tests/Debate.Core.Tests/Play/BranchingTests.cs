using Debate.Core.Play;
using Debate.Core.Records;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Play;

/// <summary>
/// Positions share their floor and the room's history with the line they came from, and a move made
/// again where it was made before shares the same slot: every move tried from a position (as a search
/// tries them, again and again) must leave the line as it was and give the state a fresh copy would.
/// </summary>
public sealed class BranchingTests
{
    [TestCase(7UL)]
    [TestCase(2024UL)]
    public void EveryMoveTriedAtEveryPosition_LeavesTheLineAsItWas(ulong seed)
    {
        var scenario = SampleScenario.Build();
        var steps = Playout.Steps(MatchSetup.Start(scenario, Playout.TwoSeats, seed), seed).ToList();
        var line = steps.Select(s => (s.Before, s.Move)).ToList();
        var match = steps[^1].Result.Match;

        // The line's positions are not read until the end: what they show then comes from the shared logs.
        var madeAgain = new List<object>();
        for (var i = 0; i < line.Count; i++)
        {
            var (before, made) = line[i];
            foreach (var move in Rules.LegalMoves(before))
            {
                // Twice each, and on a step further: the second time shares what the first claimed.
                var first = Rules.Apply(before, move).Match;
                var again = Rules.Apply(before, move).Match;
                Assert.That(StateHash.Of(again), Is.EqualTo(StateHash.Of(first)), $"move {i}: {move} made twice");
                if (!first.IsOver && Rules.LegalMoves(first) is { Length: > 0 } next)
                {
                    _ = Rules.Apply(first, next[0]);
                    _ = Rules.Apply(again, next[^1]);
                }

                if (move.Equals(made))
                {
                    madeAgain.Add(StateHash.Of(first));
                }
                else
                {
                    Assert.That(StateHash.Of(first), Is.EqualTo(StateHash.Of(Fresh(seed, line.Take(i).Select(s => s.Move).Append(move)))), $"move {i}: {move} instead of {made}");
                }
            }
        }

        var fresh = Enumerable.Range(0, line.Count + 1).Select(n => (object)StateHash.Of(Fresh(seed, line.Take(n).Select(s => s.Move)))).ToList();

        var lineHashes = line.Select(s => (object)StateHash.Of(s.Before)).Append(StateHash.Of(match)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lineHashes, Is.EqualTo(fresh), "the line's positions after every branch, against a fresh replay");
            Assert.That(madeAgain, Is.EqualTo(fresh.Skip(1)), "each move of the line made again");
        });
    }

    // The position after these moves, played from a deal of its own: nothing shared with the line.
    private static Match Fresh(ulong seed, IEnumerable<Move> moves)
    {
        var match = MatchSetup.Start(SampleScenario.Build(), Playout.TwoSeats, seed);
        foreach (var move in moves)
        {
            match = Rules.Apply(match, move).Match;
        }

        return match;
    }
}
