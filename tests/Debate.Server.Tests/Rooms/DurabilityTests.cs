using Microsoft.AspNetCore.SignalR.Client;
using Debate.Server.Tests.Hosting;

namespace Debate.Server.Tests.Rooms;

/// <summary>Nothing is lost: a closed tab rejoins its seat, and a server stopped mid-match restarts at its last acknowledged move.</summary>
[TestFixture]
public sealed class DurabilityTests : SeminarFixture
{
    [Test]
    public async Task ClosedTab_RejoinsTheSameSeatWithItsKey_AndSeesItsHandAgain()
    {
        await using var seminar = new Seminar(Data);
        await using var table = await Table.Open(seminar, Table.FourHumans(seed: 3), "Ann", "Bo", "Cy", "Di");
        await table.PlayOn(stopAt: 5);
        var bo = table.Players[1];
        var before = bo.Latest!;
        await bo.Connection.DisposeAsync();

        await using var instructor = await seminar.Instructor();
        var away = await Seminar.UntilDeserted(instructor, seat: 1);
        Assert.That(away.Seats[1].Taken, Is.True, "the seat stays Bo's while he is away");

        var again = await seminar.Sit(bo.Seat);
        table.Players[1] = again;
        var screen = await again.Until(s => s.MoveCount == before.MoveCount, "its seat again");
        Assert.That(screen.Hand.Select(c => c.Id), Is.EqualTo(before.Hand.Select(c => c.Id)));
        Assert.That(screen.Name, Is.EqualTo("Bo"));
        await table.PlayOn();
        Assert.That(again.Latest!.Verdict, Is.Not.Null);
    }

    [Test]
    public async Task ServerStoppedMidMatch_RestartsEveryRoomAtItsLastAcknowledgedMove_AndThePlayersFinish()
    {
        Table table;
        int reached;
        var seminar = new Seminar(Data);
        await using (seminar)
        {
            table = await Table.Open(seminar, Table.FourHumans(seed: 21), "Ann", "Bo", "Cy", "Di");
            await table.PlayOn(stopAt: 9);
            reached = table.Players[0].Latest!.MoveCount;
            await table.DisposeAsync();
        }

        // The same data folder, a new server: the room is back, its code and the players' keys still work.
        await using var restarted = new Seminar(Data, s => s with { InstructorKey = seminar.Settings.InstructorKey });
        var players = new List<Player>();
        foreach (var p in table.Players)
        {
            players.Add(await restarted.Sit(p.Seat));
        }

        var hands = new List<IReadOnlyList<string>>();
        foreach (var p in players)
        {
            var screen = await p.Until(s => s.MoveCount == reached, $"move {reached} after the restart");
            hands.Add([.. screen.Hand.Select(c => c.Id)]);
        }

        for (var i = 0; i < players.Count; i++)
        {
            Assert.That(hands[i], Is.EqualTo(table.Players[i].Latest!.Hand.Select(c => c.Id)), $"seat {i} holds the same hand");
        }

        table.Players.Clear();
        table.Players.AddRange(players);
        await table.PlayOn();
        Assert.That(players[0].Latest!.Verdict, Is.Not.Null);
        await table.DisposeAsync();
    }
}
