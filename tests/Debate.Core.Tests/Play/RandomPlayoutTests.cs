using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Records;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Play;

public sealed class RandomPlayoutTests
{
    private static readonly SeatSpec[] TwoSeats = [new("Ana", Side.Alliance), new("Bo", Side.Partnership)];

    // Seeds 1..300: every playout must end, keep its invariants and replay to the same hashes.
    [Test]
    public void RandomPlayouts_FromSeeds1To300_EndKeepInvariantsAndReplay()
    {
        var scenario = SampleScenario.Build();
        for (ulong seed = 1; seed <= 300; seed++)
        {
            var match = MatchSetup.Start(scenario, TwoSeats, seed);
            var record = MatchRecord.Begin(match);
            var rng = new Rng(seed * 7919);
            var steps = 0;
            while (!match.IsOver)
            {
                var moves = Rules.LegalMoves(match);
                Assert.That(moves, Is.Not.Empty);
                var move = moves[rng.Next(moves.Length)];
                var result = Rules.Apply(match, move);
                Assert.That(result.Accepted, Is.True, result.Rejection?.Reason);
                record = record.With(move, result.Match);
                match = result.Match;
                Assert.That(match.TimeLeft, Is.GreaterThanOrEqualTo(0));
                foreach (var v in match.Audience)
                {
                    Assert.That(v.For + v.Against + v.Undecided, Is.EqualTo(100).Within(1e-6));
                }

                Assert.That(++steps, Is.LessThan(500));
            }

            var verdict = Adjudicator.Judge(match);
            Assert.That(verdict.Reason.Lines, Is.Not.Empty);
            var replay = Replay.Run(scenario, RecordJson.Read(RecordJson.Write(record)).Record!);
            Assert.That(replay.Verified, Is.True, replay.Reason);
            Assert.That(StateHash.Of(replay.Match!), Is.EqualTo(StateHash.Of(match)));
        }
    }
}
