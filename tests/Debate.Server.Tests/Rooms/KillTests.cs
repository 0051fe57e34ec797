using System.Net.Http.Json;
using Debate.Core.Records;
using Debate.Scenarios;
using Debate.Server.Hosting;
using Debate.Server.Rooms;
using Debate.Server.Screens;
using Debate.Server.Tests.Hosting;
using Debate.Server.Web;
using Microsoft.AspNetCore.SignalR.Client;

namespace Debate.Server.Tests.Rooms;

/// <summary>
/// The real process killed with SIGKILL (kill -9) in the middle of a match and started again on the
/// same data folder and port: every acknowledged move is there, and the players' connections come
/// back by themselves, sit at their seats again with their keys and finish the match.
/// </summary>
[TestFixture]
public sealed class KillTests
{
    [Test]
    public async Task KilledMidMatch_RestartsAtTheLastAcknowledgedMove_AndThePlayersCarryOn()
    {
        var data = Seminar.NewDataFolder();
        var port = ServerProcess.FreePort();
        var server = ServerProcess.Start(data, port);
        try
        {
            RoomSummary summary;
            await using (var instructor = Connect(server.Url, "/hub/instructor", server.InstructorKey))
            {
                await instructor.StartAsync();
                summary = await instructor.InvokeAsync<RoomSummary>("Open", new RoomPlan("builtin:alliance-or-partnership", 31, [new("alliance"), new("partnership")]));
            }

            using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
            var players = new List<Player>();
            foreach (var (name, seat) in new[] { ("Ann", 0), ("Bo", 1) })
            {
                var joined = (await (await http.PostAsJsonAsync("/api/join", new JoinRequest(summary.Code, name, seat))).Content.ReadFromJsonAsync<JoinAnswer>())!;
                var connection = Connect(server.Url, "/hub/room", null);
                var player = new Player(connection, joined);
                connection.Reconnected += _ => connection.InvokeAsync("Sit", joined.Room, joined.Seat, joined.Key);
                await connection.StartAsync();
                await connection.InvokeAsync("Sit", joined.Room, joined.Seat, joined.Key);
                players.Add(player);
            }

            // Play until six moves are acknowledged, then kill the server without warning.
            var acknowledged = 0;
            while (acknowledged < 6)
            {
                var speaker = await Speaker(players, acknowledged);
                var answer = await speaker.PlayFirst(speaker.Latest!);
                Assert.That(answer.Accepted, Is.True, answer.Reason);
                acknowledged++;
            }

            var hands = new List<List<string>>();
            foreach (var p in players)
            {
                hands.Add([.. (await p.Until(s => s.MoveCount == acknowledged, $"move {acknowledged}")).Hand.Select(c => c.Id)]);
            }

            server.KillHard();
            server.Dispose();
            server = ServerProcess.Start(data, port);

            for (var i = 0; i < players.Count; i++)
            {
                var back = await players[i].Until(s => s.MoveCount == acknowledged && s.Stage.Log.Any(l => l.Contains("restarted", StringComparison.Ordinal)), "its seat after the restart");
                Assert.That(back.Hand.Select(c => c.Id), Is.EqualTo(hands[i]));
            }

            var count = acknowledged;
            while (true)
            {
                var speaker = await Speaker(players, count);
                if (speaker.Latest!.Verdict is not null)
                {
                    break;
                }

                Assert.That((await speaker.PlayFirst(speaker.Latest!)).Accepted, Is.True);
                count++;
            }

            using var download = new HttpClient { BaseAddress = new Uri(server.Url) };
            download.DefaultRequestHeaders.Add(InstructorAccess.Header, server.InstructorKey);
            var record = RecordJson.Read(await download.GetStringAsync($"/instructor/rooms/{summary.Id}/record.json")).Record!;
            Assert.That(record.Moves, Has.Length.EqualTo(count));
            Assert.That(Replay.Run(BuiltInScenarios.Default, record).Verified, Is.True);
            foreach (var p in players)
            {
                await p.DisposeAsync();
            }
        }
        finally
        {
            server.Dispose();
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<Player> Speaker(List<Player> players, int count)
    {
        foreach (var p in players)
        {
            await p.Until(s => s.MoveCount == count, $"move {count}");
        }

        return players.FirstOrDefault(p => p.Latest!.YourSpeech) ?? players[0];
    }

    private static HubConnection Connect(string url, string hub, string? instructorKey) => new HubConnectionBuilder()
        .WithUrl($"{url}{hub}", o =>
        {
            if (instructorKey is not null)
            {
                o.Headers[InstructorAccess.Header] = instructorKey;
            }
        })
        .WithAutomaticReconnect(new EveryQuarterSecond())
        .Build();

    private sealed class EveryQuarterSecond : IRetryPolicy
    {
        public TimeSpan? NextRetryDelay(RetryContext retryContext) =>
            retryContext.ElapsedTime < TimeSpan.FromSeconds(60) ? TimeSpan.FromMilliseconds(250) : null;
    }
}
