using Debate.Server.Hosting;
using Debate.Server.Screens;
using Debate.Server.Store;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Debate.Server.Tests.Hosting;

/// <summary>The warm-up at start plays its matches in memory only: no room is listed, stored or sent to anyone.</summary>
[TestFixture]
public sealed class WarmUpTests : SeminarFixture
{
    [Test]
    public async Task WarmUp_PlaysWholeMatchesInMemory_AndLeavesNoRoomInTheListOrTheDatabase()
    {
        await using var seminar = new Seminar(Data);
        await using var instructor = await seminar.Instructor();
        var heard = 0;
        instructor.On<RoomSummary>("room", _ => Interlocked.Increment(ref heard));

        var played = seminar.Services.GetRequiredService<WarmUp>().Run();

        Assert.That(played, Is.GreaterThanOrEqualTo(300), "moves played, every screen of each built and serialised");
        Assert.That(await instructor.InvokeAsync<IReadOnlyList<RoomSummary>>("Rooms"), Is.Empty);
        Assert.That(seminar.Services.GetRequiredService<RoomStore>().LoadAll(), Is.Empty);
        Assert.That(heard, Is.Zero, "nothing was announced");
    }
}
