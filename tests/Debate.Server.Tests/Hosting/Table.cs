using Debate.Server.Rooms;
using Debate.Server.Web;

namespace Debate.Server.Tests.Hosting;

/// <summary>A room with every seat taken by scripted players, and a loop that plays it through the screens they are sent.</summary>
internal sealed class Table : IAsyncDisposable
{
    private Table(Seminar seminar, string room, string code, List<Player> players)
    {
        Seminar = seminar;
        Room = room;
        Code = code;
        Players = players;
    }

    public Seminar Seminar { get; }

    public string Room { get; }

    public string Code { get; }

    public List<Player> Players { get; }

    /// <summary>Two a side, every seat human with a dealt role, on the built-in scenario.</summary>
    public static RoomPlan FourHumans(ulong seed) => new("builtin:alliance-or-partnership", seed,
        [new("alliance"), new("partnership"), new("alliance"), new("partnership")]);

    public static async Task<Table> Open(Seminar seminar, RoomPlan plan, params string[] names)
    {
        var summary = await seminar.Open(plan);
        var players = new List<Player>();
        var humans = plan.Seats.Select((s, i) => (s, i)).Where(x => x.s.Controller == "human").Select(x => x.i).ToList();
        for (var i = 0; i < humans.Count; i++)
        {
            var seat = await seminar.Join(summary.Code, names.Length > i ? names[i] : $"Player {i + 1}", humans[i]);
            players.Add(await seminar.Sit(seat));
        }

        return new Table(seminar, summary.Id, summary.Code, players);
    }

    /// <summary>Plays first-offered moves until the verdict, or until <paramref name="stopAt"/> moves have been made.</summary>
    public async Task PlayOn(int? stopAt = null)
    {
        var count = (await Players[0].Until(s => s.Room.Live || s.Verdict is not null, "a live room")).MoveCount;
        while (stopAt is null || count < stopAt)
        {
            count = await Settled(count);

            if (Players[0].Latest!.Verdict is not null)
            {
                return;
            }

            var speaker = Players.FirstOrDefault(p => p.Latest!.YourSpeech);
            if (speaker is null)
            {
                // An opponent holds the floor: wait for its move.
                await Players[0].Until(s => s.MoveCount > count, "an opponent's move");
                count = Players[0].Latest!.MoveCount;
                continue;
            }

            var answer = await speaker.PlayFirst(speaker.Latest!);
            Assert.That(answer.Accepted, Is.True, answer.Reason);
            count = (await Players[0].Until(s => s.MoveCount > count, "the next move")).MoveCount;
        }

        await Settled(count);
    }

    /// <summary>
    /// Waits until every player's latest screen shows the same move, at least <paramref name="count"/>, and
    /// returns it. An opponent may play several moves in a row faster than the test reads them, so
    /// waiting for each player to show exactly one move count could miss it (seen on a loaded machine).
    /// </summary>
    private async Task<int> Settled(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var counts = Players.Select(p => p.Latest?.MoveCount ?? -1).ToList();
            if (counts.Min() >= count && counts.Min() == counts.Max())
            {
                return counts[0];
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"The players' screens did not settle on one move at or after move {count} within 60 s: {string.Join(", ", Players.Select(p => $"{p.Seat.Name} at {p.Latest?.MoveCount}"))}.");
            }

            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var p in Players)
        {
            await p.DisposeAsync();
        }
    }
}
