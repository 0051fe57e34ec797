using Debate.Server.Rooms;
using Debate.Server.Screens;
using Microsoft.AspNetCore.SignalR;

namespace Debate.Server.Hubs;

/// <summary>
/// The hub players and projectors connect to (<c>/hub/room</c>). A player sits at a seat with the
/// seat's key and from then on receives that seat's private screens (<c>seat</c> messages) and the
/// room's public screens (<c>room</c> messages); every move carries the key again and is checked. A
/// projector watches a room by its id and receives the public screens only. Refusals come back as
/// errors with a sentence to show.
/// </summary>
internal sealed class RoomHub(Chair chair, RoomHall hall, Announcer announcer) : Hub
{
    private const string Places = "places";

    /// <summary>Takes one's seat (again, after a reconnect or a restart): the room's public screens and the seat's own follow.</summary>
    public Task Sit(string room, int seat, string key) => chair.Sit(room, seat, key, async r =>
    {
        Remember(r.Id, seat);
        await Groups.AddToGroupAsync(Context.ConnectionId, Announcer.SeatGroup(r.Id, seat)).ConfigureAwait(false);
        await Groups.AddToGroupAsync(Context.ConnectionId, Announcer.PublicGroup(r.Id)).ConfigureAwait(false);
        await Announcer.ToOne(r, Clients.Caller, "room", announcer.Projector(r)).ConfigureAwait(false);
        await Announcer.ToOne(r, Clients.Caller, "seat", ScreenBuilder.Seat(r, seat)).ConfigureAwait(false);
    });

    /// <summary>Watches a room on the projector: public screens follow.</summary>
    public async Task Watch(string room)
    {
        var r = hall.Get(room);
        await r.Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            Remember(r.Id, -1);
            await Groups.AddToGroupAsync(Context.ConnectionId, Announcer.PublicGroup(r.Id)).ConfigureAwait(false);
            r.Watching();
            await Announcer.ToOne(r, Clients.Caller, "room", announcer.Projector(r)).ConfigureAwait(false);
            await announcer.Presence(r).ConfigureAwait(false);
        }
        finally
        {
            r.Gate.Release();
        }
    }

    /// <summary>Makes a move for one's seat; the answer says whether the rules took it, and if not, why.</summary>
    public Task<MoveAnswer> Play(MoveRequest move) =>
        move is null ? throw new HubException("A move needs its room, seat, key, move number and kind.") : chair.Play(move);

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.Items.TryGetValue(Places, out var value) && value is List<(string Room, int Seat)> places)
        {
            foreach (var (id, seat) in places)
            {
                var room = hall.Get(id);
                await room.Gate.WaitAsync().ConfigureAwait(false);
                try
                {
                    if (seat < 0)
                    {
                        room.StoppedWatching();
                    }
                    else
                    {
                        room.Disconnected(seat);
                    }

                    await announcer.Presence(room).ConfigureAwait(false);
                }
                finally
                {
                    room.Gate.Release();
                }
            }
        }

        await base.OnDisconnectedAsync(exception).ConfigureAwait(false);
    }

    private void Remember(string room, int seat)
    {
        if (!Context.Items.TryGetValue(Places, out var value) || value is not List<(string, int)> places)
        {
            Context.Items[Places] = places = [];
        }

        if (places.Count >= 8)
        {
            throw new RoomRefusal("One connection may hold at most eight seats and screens.");
        }

        places.Add((room, seat));
    }
}
