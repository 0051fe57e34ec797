using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Previews;
using Debate.Core.Tests.Builders;
using Debate.Opponents;
using NUnit.Framework;

namespace Debate.Core.Tests.Previews;

/// <summary>
/// The balance change an opponent weighs a move by, worked out without the rest of the preview, is
/// the preview's own figure to the last bit, for both sides, for every legal move of seeded matches.
/// </summary>
public sealed class SeatPreviewsTests
{
    // Deal seeds 1..150, the sample and the rich scenario in turn, 2 to 6 seats; moves by the debater and novices (seed * 31).
    [Test]
    public void BalanceChange_OfEveryLegalMove_IsThePreviewsFigureExactly()
    {
        Scenario[] scenarios = [SampleScenario.Build(), PreviewPropertyTests.RichScenario()];
        var moves = 0;
        var problems = new List<string>();
        for (ulong seed = 1; seed <= 150; seed++)
        {
            var scenario = scenarios[seed % 2];
            var seatCount = (int)(seed % 5) + 2;
            SeatSpec[] seats = [.. Enumerable.Range(0, seatCount).Select(i => new SeatSpec($"S{i}", i % 2 == 0 ? Side.Alliance : Side.Partnership))];
            IOpponent[] players = [.. Enumerable.Range(0, seatCount).Select(i => i % 2 == 0 ? (IOpponent)new Debater() : new Novice((seed * 31) + (ulong)i))];
            var match = MatchSetup.Start(scenario, seats, seed);
            while (!match.IsOver)
            {
                var view = PlayerView.Of(match, match.Speaker);
                var legal = Rules.LegalMoves(match);
                var previews = new SeatPreviews(view);
                foreach (var move in legal)
                {
                    var preview = previews.Of(move);
                    foreach (var side in (Side[])[Side.Alliance, Side.Partnership])
                    {
                        var fast = previews.BalanceChange(move, side);
                        var full = preview.BalanceChange(side);
                        if (BitConverter.DoubleToInt64Bits(fast) != BitConverter.DoubleToInt64Bits(full))
                        {
                            problems.Add($"seed {seed}, {move}, {side}: {fast:R} but the preview says {full:R}");
                        }
                    }

                    moves++;
                }

                match = Rules.Apply(match, players[match.Speaker].Choose(view, legal).Move).Match;
            }
        }

        TestContext.Out.WriteLine($"{moves} legal moves weighed both ways.");
        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty, string.Join(Environment.NewLine, problems.Take(20)));
            Assert.That(moves, Is.GreaterThanOrEqualTo(5_000));
        });
    }
}
