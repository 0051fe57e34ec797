using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Core.Records;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Records;

/// <summary>The header makes a record cover what it grades: seats, names, sides, roles and controllers.</summary>
public sealed class RecordHeaderTests
{
    private static readonly Scenario Sample = SampleScenario.Build();
    private static readonly MatchRecord Record = Playout.Play(Sample, Playout.FiveSeats, 17).Record;

    private static MatchRecord WithSeat(int index, Func<SeatRecord, SeatRecord> edit) =>
        Record with { Seats = Record.Seats.SetItem(index, edit(Record.Seats[index])) };

    [Test]
    public void Replay_UntouchedRecord_Verifies()
    {
        Assert.That(RecordHeader.Problem(Record), Is.Null);
        Assert.That(Replay.Run(Sample, Record).Verified, Is.True);
    }

    [Test]
    public void Replay_RolesSwapped_FailsNamingTheSeatAndTheRole()
    {
        var (a, b) = (Record.Seats[0], Record.Seats[1]);
        var swapped = Record with { Seats = Record.Seats.SetItem(0, a with { Role = b.Role }).SetItem(1, b with { Role = a.Role }) };

        var replay = Replay.Run(Sample, swapped);

        Assert.That(replay.Verified, Is.False);
        Assert.That(replay.Reason, Does.Contain("seat 1 (Ana)").And.Contain("its role"));
    }

    [Test]
    public void Problem_RoleRemoved_NamesTheRole()
    {
        Assert.That(RecordHeader.Problem(WithSeat(0, s => s with { Role = null })), Does.Contain("seat 1").And.Contain("its role"));
    }

    [Test]
    public void Problem_NameChanged_NamesTheName()
    {
        Assert.That(RecordHeader.Problem(WithSeat(2, s => s with { Name = "Mallory" })), Is.EqualTo("seat 3 (Mallory) was changed since the match was recorded: its name"));
    }

    [Test]
    public void Problem_ControllerAndSideChanged_NamesBoth()
    {
        var problem = RecordHeader.Problem(WithSeat(1, s => s with { Controller = "champion", Side = Side.Alliance }));

        Assert.That(problem, Does.Contain("its side and level (controller)"));
    }

    [Test]
    public void Problem_SeatRemoved_SaysTheCountsDiffer()
    {
        Assert.That(RecordHeader.Problem(Record with { Seats = Record.Seats.RemoveAt(4) }), Does.Contain("it lists 4, the header 5"));
    }

    [Test]
    public void Problem_SeedChanged_SaysSo()
    {
        Assert.That(RecordHeader.Problem(Record with { Seed = Record.Seed + 1 }), Does.Contain("the scenario or the seed was changed"));
    }

    [Test]
    public void Sealed_AfterADeliberateRename_VerifiesAgain()
    {
        var renamed = WithSeat(0, s => s with { Name = "Teal Protocol" });

        Assert.That(RecordHeader.Problem(renamed), Is.Not.Null);
        Assert.That(RecordHeader.Problem(renamed.Sealed()), Is.Null);
    }

    [Test]
    public void Json_HeaderRoundTrips()
    {
        var (read, error) = RecordJson.Read(RecordJson.Write(Record));

        Assert.That(error, Is.Null);
        Assert.That(read!.Header!.Seats, Is.EqualTo(Record.Header!.Seats));
        Assert.That(RecordHeader.Problem(read), Is.Null);
    }

    [Test]
    public void StateHash_IsUnchangedByTheHeader()
    {
        // The fixture and every saved record depend on StateHash.Of: the header lives beside it, not in it.
        Assert.That(Record.Moves.Select(m => m.Hash), Is.EqualTo(Playout.Play(Sample, Playout.FiveSeats, 17).Record.Moves.Select(m => m.Hash)));
        Assert.That(ImmutableArray.Create(Record.Seats.ToArray()), Has.Length.EqualTo(5));
    }
}
