using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Records;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Records;

public sealed class ReplayTests
{
    private static readonly Scenario Sample = SampleScenario.Build();

    // Seeds 2001..2300, five seats with roles dealt: saved, read back and replayed, every record
    // reaches every recorded hash and the same final state.
    [Test]
    public void Run_RandomPlayoutsFromSeeds2001To2300WithFiveSeats_AreVerified()
    {
        for (ulong seed = 2001; seed <= 2300; seed++)
        {
            var (final, record) = Playout.Play(Sample, Playout.FiveSeats, seed);

            var (read, error) = RecordJson.Read(RecordJson.Write(record));
            var replay = Replay.Run(Sample, read!);

            Assert.That(error, Is.Null, $"seed {seed}");
            Assert.That(replay.Verified, Is.True, $"seed {seed}: {replay.Reason}");
            Assert.That(StateHash.Of(replay.Match!), Is.EqualTo(StateHash.Of(final)), $"seed {seed}");
            Assert.That(replay.Match!.IsOver, Is.True, $"seed {seed}");
        }
    }

    [Test]
    public void Run_AnEmptyRecord_GivesTheDealtMatch()
    {
        var match = MatchSetup.Start(Sample, Playout.TwoSeats, 8);

        var replay = Replay.Run(Sample, MatchRecord.Begin(match));

        Assert.Multiple(() =>
        {
            Assert.That(replay.Verified, Is.True);
            Assert.That(StateHash.Of(replay.Match!), Is.EqualTo(StateHash.Of(match)));
            Assert.That(replay.Match!.Seats, Is.EqualTo(match.Seats));
        });
    }

    [Test]
    public void Run_UpToAMove_StopsThere()
    {
        var (_, record) = Playout.Play(Sample, Playout.TwoSeats, 8);

        var replay = Replay.Run(Sample, record, upTo: 5);

        Assert.Multiple(() =>
        {
            Assert.That(replay.Verified, Is.True);
            Assert.That(replay.Match!.MoveCount, Is.EqualTo(5));
            Assert.That(StateHash.Of(replay.Match), Is.EqualTo(record.Moves[4].Hash));
        });
    }

    [Test]
    public void Run_UpToPastTheEnd_ReplaysTheWholeRecord()
    {
        var (final, record) = Playout.Play(Sample, Playout.TwoSeats, 8);

        var replay = Replay.Run(Sample, record, upTo: 10_000);

        Assert.That(StateHash.Of(replay.Match!), Is.EqualTo(StateHash.Of(final)));
    }

    [TestCase(1)]
    [TestCase(4)]
    [TestCase(9)]
    public void Run_ARecordWithATamperedHash_NamesTheFirstDivergingMove(int move)
    {
        var (_, record) = Playout.Play(Sample, Playout.TwoSeats, 8);
        var tampered = record with { Moves = record.Moves.SetItem(move - 1, record.Moves[move - 1] with { Hash = "0123456789abcdef" }) };

        var replay = Replay.Run(Sample, tampered);

        Assert.Multiple(() =>
        {
            Assert.That(replay.Verified, Is.False);
            Assert.That(replay.DivergedAt, Is.EqualTo(move));
            Assert.That(replay.Reason, Is.EqualTo($"Move {move} reaches state {record.Moves[move - 1].Hash}, but the record says 0123456789abcdef."));
            Assert.That(replay.Match!.MoveCount, Is.EqualTo(move));
        });
    }

    [Test]
    public void Run_ARecordWithAMoveThatIsNotLegal_NamesTheMoveAndTheRulesReason()
    {
        var (_, record) = Playout.Play(Sample, Playout.TwoSeats, 8);
        var tampered = record with { Moves = record.Moves.SetItem(2, new MoveRecord(record.Moves[2].Seat, MoveKind.PlayClaim, "Z9", null, record.Moves[2].Hash)) };

        var replay = Replay.Run(Sample, tampered);

        Assert.Multiple(() =>
        {
            Assert.That(replay.DivergedAt, Is.EqualTo(3));
            Assert.That(replay.Reason, Is.EqualTo($"Move 3 (seat {record.Moves[2].Seat}: claim Z9) is refused: The scenario has no card 'Z9'."));
            Assert.That(replay.Match!.MoveCount, Is.EqualTo(2));
        });
    }

    [Test]
    public void Run_AgainstAChangedScenario_NamesTheChangeAsTheCause()
    {
        var (_, record) = Playout.Play(Sample, Playout.TwoSeats, 8);
        var changed = new ScenarioBuilder().WithHandSize(4).Build();

        var replay = Replay.Run(changed, record);

        Assert.Multiple(() =>
        {
            Assert.That(replay.Verified, Is.False);
            Assert.That(replay.DivergedAt, Is.EqualTo(1));
            Assert.That(replay.Reason, Does.EndWith(
                $" The scenario 'sample' has changed since the match was played (hash {changed.ContentHash}, recorded {Sample.ContentHash})."));
        });
    }

    [Test]
    public void Run_AgainstAScenarioWhoseRolesChanged_SaysTheSeatsDoNotFitAndWhy()
    {
        var (_, record) = Playout.Play(Sample, Playout.TwoSeats, 8);
        var changed = new ScenarioBuilder().WithRoles().Build();

        var replay = Replay.Run(changed, record);

        Assert.Multiple(() =>
        {
            Assert.That(replay.Match, Is.Null);
            Assert.That(replay.DivergedAt, Is.Zero);
            Assert.That(replay.Reason, Does.StartWith("The record's seats do not fit the scenario: Seat Ana asks for role 'hawk', which the scenario does not have."));
            Assert.That(replay.Reason, Does.Contain("has changed since the match was played"));
        });
    }

    [Test]
    public void Run_AgainstAScenarioChangedOnlyInWording_StillVerifiesTheMoves()
    {
        // A changed tag changes the content hash but not the play.
        var (_, record) = Playout.Play(Sample, Playout.TwoSeats, 8);
        var reworded = new ScenarioBuilder().WithCard("A1", c => c with { Tag = "A new tag" }).Build();
        Assume.That(reworded.ContentHash, Is.Not.EqualTo(Sample.ContentHash));

        var replay = Replay.Run(reworded, record);

        Assert.That(replay.Verified, Is.True, replay.Reason);
    }

    [Test]
    public void Begin_NamesTheScenarioItsHashTheSeedAndTheSeatsWithTheirRoles()
    {
        var match = MatchSetup.Start(Sample, Playout.TwoSeats, 8);

        var record = MatchRecord.Begin(match);

        Assert.Multiple(() =>
        {
            Assert.That(record.FormatVersion, Is.EqualTo(2));
            Assert.That(RecordHeader.Problem(record), Is.Null);
            Assert.That(record.Scenario, Is.EqualTo("sample"));
            Assert.That(record.ScenarioHash, Is.EqualTo(Sample.ContentHash));
            Assert.That(record.Seed, Is.EqualTo(8));
            Assert.That(record.Seats, Is.EqualTo(new[]
            {
                new SeatRecord("Ana", Side.Alliance, "human", "hawk"), new SeatRecord("Bo", Side.Partnership, "human", "dove"),
            }));
            Assert.That(record.Moves, Is.Empty);
        });
    }
}
