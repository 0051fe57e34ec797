using Debate.Server.Screens;
using Debate.Server.Tests.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Debate.Server.Tests.Rooms;

/// <summary>The instructor's controls: pause, an opponent into a deserted seat, ending a room.</summary>
[TestFixture]
public sealed class ModerationTests : SeminarFixture
{
    [Test]
    public async Task Pause_RefusesMovesWithAReason_UntilResumed()
    {
        await using var seminar = new Seminar(Data);
        await using var table = await Table.Open(seminar, Table.FourHumans(seed: 2), "Ann", "Bo", "Cy", "Di");
        await using var instructor = await seminar.Instructor();
        var ann = table.Players[0];
        var screen = await ann.Until(s => s.YourSpeech, "her speech");
        await instructor.InvokeAsync("Pause", table.Room, true);
        var paused = await ann.Until(s => s.Room.State == "paused", "the pause");
        Assert.That(paused.YourSpeech, Is.False);
        var refused = await ann.End(screen.MoveCount);
        Assert.That(refused.Reason, Does.Contain("paused"));
        await instructor.InvokeAsync("Pause", table.Room, false);
        await ann.Until(s => s.YourSpeech, "her speech again");
        Assert.That((await ann.End(screen.MoveCount)).Accepted, Is.True);
    }

    [Test]
    public async Task Opponent_TakesADesertedSeat_AndPlaysItToTheVerdict()
    {
        await using var seminar = new Seminar(Data);
        await using var table = await Table.Open(seminar, Table.FourHumans(seed: 4), "Ann", "Bo", "Cy", "Di");
        await using var instructor = await seminar.Instructor();
        await table.PlayOn(stopAt: 3);

        Assert.ThrowsAsync<HubException>(() => instructor.InvokeAsync("SeatOpponent", table.Room, 1, "debater"), "Bo is still connected");
        var bo = table.Players[1];
        await bo.Connection.DisposeAsync();
        table.Players.RemoveAt(1);
        await Seminar.UntilDeserted(instructor, seat: 1);

        await instructor.InvokeAsync("SeatOpponent", table.Room, 1, "debater");
        var rooms = await instructor.InvokeAsync<IReadOnlyList<RoomSummary>>("Rooms");
        Assert.That(rooms.Single().Seats[1].Controller, Is.EqualTo("debater"));

        await table.PlayOn();
        Assert.That(table.Players[0].Latest!.Verdict, Is.Not.Null);
        Assert.That(table.Players[0].Latest!.Seats[1].Name, Is.EqualTo("Bo"), "the seat keeps its person's name");
    }
}
