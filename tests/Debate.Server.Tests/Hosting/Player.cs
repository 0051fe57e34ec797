using Debate.Server.Rooms;
using Debate.Server.Screens;
using Debate.Server.Web;
using Microsoft.AspNetCore.SignalR.Client;

namespace Debate.Server.Tests.Hosting;

/// <summary>
/// A scripted player: every screen its page would have shown (its seat's own screen with the room's
/// public screen of the same edition, that is the same state of the room), and a simple way to play what it is offered.
/// </summary>
internal sealed class Player : IAsyncDisposable
{
    private readonly List<PlayerScreen> screens = [];
    private SeatScreen? own;
    private RoomScreen? shared;

    public Player(HubConnection connection, JoinAnswer seat)
    {
        Connection = connection;
        Seat = seat;
        connection.On<SeatScreen>("seat", s => Arrived(s, null));
        connection.On<RoomScreen>("room", r => Arrived(null, r));
    }

    public HubConnection Connection { get; }

    public JoinAnswer Seat { get; }

    public IReadOnlyList<PlayerScreen> Screens
    {
        get
        {
            lock (screens)
            {
                return [.. screens];
            }
        }
    }

    public PlayerScreen? Latest => Screens is { Count: > 0 } all ? all[^1] : null;

    /// <summary>Waits until a screen satisfies <paramref name="condition"/>.</summary>
    public async Task<PlayerScreen> Until(Func<PlayerScreen, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60); // generous: CI may share the machine
        while (DateTime.UtcNow < deadline)
        {
            if (Latest is { } s && condition(s))
            {
                return s;
            }

            await Task.Delay(10);
        }

        Assert.Fail($"{Seat.Name} never saw {what}; last screen at move {Latest?.MoveCount}: {Latest?.Room.StateLine}");
        return null!;
    }

    public Task<MoveAnswer> Play(MovePart move, int moveCount) =>
        Connection.InvokeAsync<MoveAnswer>("Play", new MoveRequest(Seat.Room, Seat.Seat, Seat.Key, moveCount, move.Kind, move.Card, move.Target));

    public Task<MoveAnswer> End(int moveCount) =>
        Connection.InvokeAsync<MoveAnswer>("Play", new MoveRequest(Seat.Room, Seat.Seat, Seat.Key, moveCount, "end"));

    /// <summary>Plays the first legal move its screen offers, or ends the speech when there is none.</summary>
    public async Task<MoveAnswer> PlayFirst(PlayerScreen screen)
    {
        var move = screen.Hand.SelectMany(c => c.Moves).FirstOrDefault();
        return move is null ? await End(screen.MoveCount) : await Play(move, screen.MoveCount);
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();

    private void Arrived(SeatScreen? seat, RoomScreen? room)
    {
        lock (screens)
        {
            (own, shared) = (seat ?? own, room ?? shared);
            if (own is not null && shared is not null && own.Edition == shared.Edition)
            {
                screens.Add(new PlayerScreen(own, shared));
            }
        }
    }
}
