using System.Diagnostics;
using Debate.Server.Rooms;
using Debate.Server.Screens;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Debate.Server.Load;

/// <summary>
/// One room's scripted clients: its seats play (after a think time, a random one of the moves their
/// screen offers, or end the speech), its projector watches. For each move it takes the time from the
/// send to the moment the last of the room's clients has its update: a player both its own screen
/// and the room's public screen of that move (what its page needs to show it), the projector the
/// public screen.
/// </summary>
internal sealed class RoomDriver(string room, IReadOnlyList<(HubConnection Connection, string Key)> seats, HubConnection projector, int thinkMs, Random random, Latencies latencies, Latencies acks, Task start)
{
    private readonly object gate = new();
    private readonly Dictionary<int, long> sentAt = [];
    private readonly Dictionary<int, int> arrivals = [];
    private readonly int[] seen = new int[seats.Count + 1];
    private readonly int[] own = new int[seats.Count];
    private readonly int[] shown = new int[seats.Count + 1];
    private readonly int[] acted = Enumerable.Repeat(-1, seats.Count).ToArray();
    private readonly TaskCompletionSource over = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Over => over.Task;

    public int Refusals { get; private set; }

    public int Sent { get; private set; }

    private volatile bool stopped;

    /// <summary>Stops acting (the run is over): moves still thinking are dropped, not sent.</summary>
    public void Stop() => stopped = true;

    public int Clients => seats.Count + 1;

    public void OnSeat(int seat, SeatGlance screen)
    {
        lock (gate)
        {
            own[seat] = Math.Max(own[seat], screen.MoveCount);
            Arrived(seat, Math.Min(own[seat], shown[seat]));
        }

        if (!screen.YourSpeech)
        {
            return;
        }

        lock (gate)
        {
            if (acted[seat] >= screen.MoveCount)
            {
                return;
            }

            acted[seat] = screen.MoveCount;
        }

        _ = Act(seat, screen);
    }

    /// <summary>The room's public screen reached <paramref name="client"/> (a seat, or the projector after the seats).</summary>
    public void OnPublic(int client, RoomGlance screen)
    {
        if (screen.Room.Id != room)
        {
            return; // an earlier room's, to a connection that played it
        }

        lock (gate)
        {
            shown[client] = Math.Max(shown[client], screen.MoveCount);
            Arrived(client, client < seats.Count ? Math.Min(own[client], shown[client]) : shown[client]);
        }

        if (screen.Verdict is { ValueKind: not System.Text.Json.JsonValueKind.Null })
        {
            over.TrySetResult();
        }
    }

    private async Task Act(int seat, SeatGlance screen)
    {
        await start.ConfigureAwait(false); // the first round's moves wait until every room is seated
        int delay;
        lock (random)
        {
            delay = thinkMs == 0 ? 0 : random.Next(thinkMs / 2, thinkMs * 3 / 2);
        }

        await Task.Delay(delay).ConfigureAwait(false);
        if (stopped)
        {
            return;
        }

        var moves = screen.Hand.SelectMany(c => c.Moves).ToList();
        MovePart? move;
        lock (random)
        {
            move = moves.Count > 0 && random.Next(3) > 0 ? moves[random.Next(moves.Count)] : null;
        }

        var request = new MoveRequest(room, seat, seats[seat].Key, screen.MoveCount, move?.Kind ?? "end", move?.Card, move?.Target);
        lock (gate)
        {
            sentAt[screen.MoveCount + 1] = Stopwatch.GetTimestamp();
            Sent++;
        }

        try
        {
            var sending = Stopwatch.GetTimestamp();
            var answer = await seats[seat].Connection.InvokeAsync<MoveAnswer>("Play", request).ConfigureAwait(false);
            acks.Add(Stopwatch.GetElapsedTime(sending).TotalMilliseconds);
            if (!answer.Accepted)
            {
                Refusals++;
                System.Console.Error.WriteLine($"refused in {room}: {answer.Reason}");
            }
        }
        catch (Exception ex) when (ex is HubException or InvalidOperationException or IOException)
        {
            if (stopped)
            {
                return; // the run is over and its connections are closing
            }

            Refusals++;
            System.Console.Error.WriteLine($"failed in {room}: {ex.Message}");
        }
    }

    /// <summary>The client now has every part of the update to <paramref name="moveCount"/>. Call inside the gate.</summary>
    private void Arrived(int client, int moveCount)
    {
        if (moveCount <= seen[client])
        {
            return;
        }

        seen[client] = moveCount;
        arrivals[moveCount] = arrivals.GetValueOrDefault(moveCount) + 1;
        if (arrivals[moveCount] == Clients && sentAt.Remove(moveCount, out var sent))
        {
            latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            arrivals.Remove(moveCount);
        }
    }

    public static Task Sit(HubConnection connection, string room, int seat, string key) => connection.InvokeAsync("Sit", room, seat, key);

    public static Task Watch(HubConnection connection, string room) => connection.InvokeAsync("Watch", room);

    public HubConnection Projector => projector;
}
