using System.Collections.Concurrent;
using Debate.Core.Play;
using Debate.Opponents;
using Debate.Server.Hosting;
using Microsoft.Extensions.Logging;

namespace Debate.Server.Rooms;

/// <summary>
/// The scripted opponents of every room. When an opponent holds the floor of a live room, it waits
/// the pace (so the room can follow), chooses from its seat's <see cref="PlayerView"/> and the legal
/// moves outside the room's gate (a champion thinks for half a second), and plays through
/// <see cref="Chair.Commit"/> if the room has not changed meanwhile.
/// </summary>
internal sealed class Bench(Chair chair, ServeSettings settings, TimeProvider clock, ILogger<Bench> log)
{
    private readonly ConcurrentDictionary<(string Room, int Seat, string Controller), IOpponent> opponents = new();

    /// <summary>Starts an opponent's turn if one is due. Call inside the room's gate after any change.</summary>
    public void Prompt(Room room)
    {
        ArgumentNullException.ThrowIfNull(room);
        if (!room.IsLive || room.OpponentThinking || room.Match.Seats[room.Match.Speaker].IsHuman)
        {
            return;
        }

        room.OpponentThinking = true;
        _ = Task.Run(() => Turns(room));
    }

    private async Task Turns(Room room)
    {
        var failed = false;
        try
        {
            while (true)
            {
                await Task.Delay(settings.OpponentPace, clock).ConfigureAwait(false);
                var snapshot = room.Match;
                if (!room.IsLive || snapshot.Seats[snapshot.Speaker].IsHuman)
                {
                    break;
                }

                var seat = snapshot.Speaker;
                var opponent = For(room, snapshot.Seats[seat]);
                var choice = opponent.Choose(PlayerView.Of(snapshot, seat), Rules.LegalMoves(snapshot));
                await room.Gate.WaitAsync().ConfigureAwait(false);
                try
                {
                    if (!ReferenceEquals(room.Match, snapshot) || !room.IsLive)
                    {
                        continue;
                    }

                    var answer = await chair.Commit(room, choice.Move, choice.Reason).ConfigureAwait(false);
                    if (!answer.Accepted)
                    {
                        Log.OpponentRefused(log, snapshot.Seats[seat].Controller, room.Id, answer.Reason);
                        failed = true;
                        break;
                    }
                }
                finally
                {
                    room.Gate.Release();
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.OpponentFailed(log, ex, room.Id);
            failed = true;
        }

        await room.Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            room.OpponentThinking = false;
            if (!failed)
            {
                // The room may have come back to life (resumed, started) while this turn was ending.
                Prompt(room);
            }
        }
        finally
        {
            room.Gate.Release();
        }
    }

    private IOpponent For(Room room, Seat seat) => opponents.GetOrAdd((room.Id, seat.Index, seat.Controller), key =>
        OpponentFactory.Create(key.Controller, room.Scenario, room.Match.Seed ^ ((ulong)(key.Seat + 1) * 0x9E3779B97F4A7C15UL)));
}
