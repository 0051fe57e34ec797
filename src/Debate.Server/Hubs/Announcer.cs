using Debate.Server.Hosting;
using Debate.Server.Rooms;
using Debate.Server.Screens;
using Microsoft.AspNetCore.SignalR;

namespace Debate.Server.Hubs;

/// <summary>
/// Tells everyone what changed in a room: the room's public screen once to everyone in it (the
/// projectors and every player's page), each connected seat its own private screen (and no other),
/// the instructors the summary. Screens are built inside the room's gate, so they follow the order
/// of the moves; sending them happens in that same order on a chain of its own, so a slow phone
/// cannot hold a room's moves back.
/// </summary>
internal sealed class Announcer(IHubContext<RoomHub> rooms, IHubContext<InstructorHub> instructors, RoomHall hall)
{
    public const string InstructorGroup = "instructors";

    public static string SeatGroup(string room, int seat) => $"seat:{room}:{seat}";

    /// <summary>Everyone in a room, projectors and players: the public screen goes here, serialised once for all of them.</summary>
    public static string PublicGroup(string room) => $"room:{room}";

    /// <summary>
    /// Everything about the room changed (a move, a join, a pause): every screen anew. Call inside the
    /// gate. <paramref name="received"/>: when the move that caused it arrived (0 if not a person's move).
    /// </summary>
    public Task Everything(Room room, long received = 0)
    {
        ArgumentNullException.ThrowIfNull(room);
        var building = MoveTimings.Now();
        room.Changed();
        var sends = new List<Func<Task>>();
        var shared = ScreenBuilder.Shared(room);
        AddPublic(room, sends, shared);
        for (var seat = 0; seat < room.Match.Seats.Length; seat++)
        {
            if (room.ConnectionsAt(seat) > 0)
            {
                var screen = ScreenBuilder.Seat(room, seat);
                var group = SeatGroup(room.Id, seat);
                sends.Add(() => rooms.Clients.Group(group).SendAsync("seat", screen));
            }
        }

        MoveTimings.ScreensBuilt(building);
        return Queue(room, sends, received);
    }

    /// <summary>Someone came or went: the public screen's seat list and the instructors' summary. Call inside the gate.</summary>
    public Task Presence(Room room)
    {
        ArgumentNullException.ThrowIfNull(room);
        var sends = new List<Func<Task>>();
        AddPublic(room, sends);
        return Queue(room, sends);
    }

    /// <summary>The public screen of a room now.</summary>
    public RoomScreen Projector(Room room) => ScreenBuilder.Projector(room, hall.JoinAt);

    /// <summary>Sends one connection its first screen, in order with the room's other messages. Call inside the gate.</summary>
    public static Task ToOne(Room room, IClientProxy client, string method, object screen)
    {
        ArgumentNullException.ThrowIfNull(room);
        ArgumentNullException.ThrowIfNull(client);
        return Queue(room, [() => client.SendAsync(method, screen)]);
    }

    private void AddPublic(Room room, List<Func<Task>> sends, SharedParts? shared = null)
    {
        if (room.Watchers > 0 || Enumerable.Range(0, room.Match.Seats.Length).Any(s => room.ConnectionsAt(s) > 0))
        {
            shared ??= ScreenBuilder.Shared(room);
            var screen = ScreenBuilder.Projector(room, hall.JoinAt, shared);
            var group = PublicGroup(room.Id);
            sends.Add(() => rooms.Clients.Group(group).SendAsync("room", screen));
        }

        var summary = ScreenBuilder.Summary(room, shared);
        sends.Add(() => instructors.Clients.Group(InstructorGroup).SendAsync("room", summary));
    }

    private static Task Queue(Room room, List<Func<Task>> sends, long received = 0)
    {
        room.Outgoing = room.Outgoing.ContinueWith(async _ =>
        {
            foreach (var send in sends)
            {
                try
                {
                    await send().ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
                {
                    // A connection that went away mid-send; it will get a fresh screen when it rejoins.
                }
            }

            MoveTimings.Sent(received);
        }, TaskScheduler.Default).Unwrap();
        return Task.CompletedTask;
    }
}
