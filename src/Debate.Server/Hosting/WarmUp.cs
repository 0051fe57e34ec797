using System.Buffers;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Records;
using Debate.Server.Rooms;
using Debate.Server.Screens;
using Debate.Server.Store;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Hosting;

namespace Debate.Server.Hosting;

/// <summary>
/// Plays a few matches in memory when the server starts, building and serialising every screen of
/// every move as a real move does, so that the code a move runs has been compiled, and optimised
/// by the runtime's tiered compiler, before students play rather than while their rooms wait for it.
/// Measured at 200 rooms: over the first 30 s after a start the p99 was two to four times the
/// steady state's, with the server's screen code still in the JIT's quick, unoptimised tier.
/// Nothing is stored, listed or sent: these rooms are never in the hall nor in the database.
/// </summary>
internal sealed class WarmUp(ScenarioShelf shelf, IEnumerable<IHubProtocol> protocols)
{
    /// <summary>About how many moves: enough for the runtime to count calls and optimise (twice, with PGO).</summary>
    private const int Moves = 300;

    /// <summary>Plays the matches; returns how many moves were played. Safe to run beside real rooms.</summary>
    public int Run()
    {
        var (scenario, _) = shelf.Find(ScenarioShelf.BuiltInPrefix + Debate.Scenarios.BuiltInScenarios.DefaultName);
        var json = protocols.FirstOrDefault(p => p.Name == "json");
        if (scenario is null || json is null)
        {
            return 0;
        }

        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        var played = 0;
        for (var seed = 1UL; played < Moves; seed++)
        {
            var seats = Enumerable.Range(0, 4).Select(i => new SeatSpec($"Seat {i + 1}", i % 2 == 0 ? Side.Alliance : Side.Partnership)).ToList();
            var match = MatchSetup.Start(scenario, seats, seed);
            var room = new Room("warm-up", "WARMUP000", "warm-up", match, MatchRecord.Begin(match), new string?[seats.Count],
                new RoomFlags(Started: true, Paused: false, Ended: false), DateTimeOffset.UnixEpoch);
            var random = new Random((int)seed);
            while (true)
            {
                var shared = ScreenBuilder.Shared(room);
                Send(json, buffer, "room", ScreenBuilder.Projector(room, null, shared));
                for (var seat = 0; seat < seats.Count; seat++)
                {
                    Send(json, buffer, "seat", ScreenBuilder.Seat(room, seat));
                }

                Send(json, buffer, "room", ScreenBuilder.Summary(room, shared));
                if (room.Match.IsOver)
                {
                    break;
                }

                // A move as players choose one: mostly a card when there is one, sometimes the end of the speech.
                var legal = Rules.LegalMoves(room.Match);
                var cards = legal.Where(m => m.Kind != MoveKind.EndSpeech).ToList();
                var move = cards.Count > 0 && random.Next(3) > 0 ? cards[random.Next(cards.Count)] : legal.First(m => m.Kind == MoveKind.EndSpeech);
                var result = Rules.Apply(room.Match, move);
                (room.Match, room.Record) = (result.Match, room.Record.With(move, result.Match));
                room.Note(result.Happenings.Select(h => h.Text));
                played++;
            }
        }

        return played;
    }

    private static void Send(IHubProtocol json, ArrayBufferWriter<byte> buffer, string method, object screen)
    {
        buffer.ResetWrittenCount();
        json.WriteMessage(new InvocationMessage(method, [screen]), buffer);
    }

    /// <summary>Runs the warm-up on a thread of its own once the host has started, so the start is not delayed and the pool stays free.</summary>
    internal sealed class OnStart(WarmUp warmUp, ServeSettings settings) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (settings.WarmUp)
            {
                new Thread(() => warmUp.Run()) { IsBackground = true, Name = "debate warm-up" }.Start();
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
