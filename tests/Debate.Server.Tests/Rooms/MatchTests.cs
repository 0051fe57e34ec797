using System.Net.Http.Json;
using System.Text.Json;
using Debate.Core.Play;
using Debate.Core.Records;
using Debate.Scenarios;
using Debate.Server.Tests.Hosting;

namespace Debate.Server.Tests.Rooms;

/// <summary>Whole matches over SignalR: four players and a projector from the deal to the verdict, the record and the debriefs.</summary>
[TestFixture]
public sealed class MatchTests : SeminarFixture
{
    [Test]
    public async Task WholeMatch_FourPlayersAndAProjector_ReachTheVerdictThatTheRecordReplaysTo()
    {
        await using var seminar = new Seminar(Data);
        await using var table = await Table.Open(seminar, Table.FourHumans(seed: 7), "Ann", "Bo", "Cy", "Di");
        await using var projector = await seminar.Watch(table.Room);

        await table.PlayOn();

        var verdict = (await projector.Until(s => s.Verdict is not null, "the verdict")).Verdict!;
        Assert.That(verdict.Reasons, Is.Not.Empty);
        Assert.That(verdict.Objectives, Has.Count.EqualTo(4), "every seat had a dealt role, revealed at the verdict");
        foreach (var p in table.Players)
        {
            Assert.That(p.Latest!.Verdict!.Headline, Is.EqualTo(verdict.Headline));
            AgreeOnTheSpeaker(p);
        }

        using var http = seminar.CreateClient();
        http.DefaultRequestHeaders.Add("X-Instructor-Key", seminar.Settings.InstructorKey);
        var (record, error) = RecordJson.Read(await http.GetStringAsync($"/instructor/rooms/{table.Room}/record.json"));
        Assert.That(record, Is.Not.Null, error);
        Assert.That(record!.Seats.Select(s => s.Name), Is.EqualTo(new[] { "Ann", "Bo", "Cy", "Di" }));
        var replay = Replay.Run(BuiltInScenarios.Default, record);
        Assert.That(replay.Verified, Is.True, replay.Reason);
        Assert.That(replay.Match!.IsOver, Is.True);
        Assert.That(replay.Match.MoveCount, Is.EqualTo(projector.Latest!.MoveCount));
        foreach (var format in new[] { "md", "html", "json", "csv" })
        {
            var response = await http.GetAsync($"/instructor/rooms/{table.Room}/debrief.{format}");
            Assert.That(response.IsSuccessStatusCode, Is.True, format);
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Ann"), format);
        }
    }

    [Test]
    public async Task EveryScreen_CarriesOnlyItsOwnSeatsCards_AndNoOtherSecretObjective()
    {
        await using var seminar = new Seminar(Data);
        await using var table = await Table.Open(seminar, Table.FourHumans(seed: 11), "Ann", "Bo", "Cy", "Di");
        await using var projector = await seminar.Watch(table.Room);
        await table.PlayOn();
        await projector.Until(s => s.Verdict is not null, "the verdict");

        using var http = seminar.CreateClient();
        http.DefaultRequestHeaders.Add("X-Instructor-Key", seminar.Settings.InstructorKey);
        var record = RecordJson.Read(await http.GetStringAsync($"/instructor/rooms/{table.Room}/record.json")).Record!;
        var scenario = BuiltInScenarios.Default;
        var states = new List<Match> { MatchSetup.Restart(scenario, record.SeatList(), record.Seed) };
        for (var i = 0; i < record.Moves.Length; i++)
        {
            states.Add(Rules.Apply(states[^1], record.MoveAt(i)).Match);
        }

        var hidden = scenario.Cards.Where(c => c.Kind != Core.Content.CardKind.Event).Select(c => c.Id).ToList();
        foreach (var player in table.Players)
        {
            foreach (var screen in player.Screens)
            {
                var match = states[screen.MoveCount];
                var json = JsonSerializer.Serialize(screen);
                var own = match.Hands[player.Seat.Seat];
                Assert.That(screen.Hand.Select(c => c.Id), Is.EquivalentTo(own.Select(c => c.Value)));
                var leaked = hidden.Where(id => !own.Contains(id) && json.Contains($"\"{id.Value}\"", StringComparison.Ordinal)).ToList();
                Assert.That(leaked, Is.Empty, $"seat {player.Seat.Seat} at move {screen.MoveCount} was sent cards outside its hand");
                if (screen.Verdict is null)
                {
                    var others = match.Seats.Where(s => s.Index != player.Seat.Seat && match.RoleOf(s.Index) is not null)
                        .Select(s => match.RoleOf(s.Index)!.Objective.Text);
                    Assert.That(others.Where(o => json.Contains(JsonSerializer.Serialize(o).Trim('"'), StringComparison.Ordinal)), Is.Empty);
                }
            }
        }

        foreach (var screen in projector.Screens.Where(s => s.Verdict is null))
        {
            var json = JsonSerializer.Serialize(screen);
            Assert.That(hidden.Where(id => json.Contains($"\"{id.Value}\"", StringComparison.Ordinal)), Is.Empty, "the projector was sent a card id");
            Assert.That(scenario.Roles.Where(r => json.Contains(JsonSerializer.Serialize(r.Objective.Text).Trim('"'), StringComparison.Ordinal)), Is.Empty);
        }
    }

    [Test]
    public async Task OpponentSeats_PlayTheirOwnTurns_WithTheirReasonsInTheRecord()
    {
        await using var seminar = new Seminar(Data);
        var plan = new Server.Rooms.RoomPlan("builtin:alliance-or-partnership", 5, [new("alliance"), new("partnership", "debater")]);
        await using var table = await Table.Open(seminar, plan, "Ann");
        await table.PlayOn();

        using var http = seminar.CreateClient();
        http.DefaultRequestHeaders.Add("X-Instructor-Key", seminar.Settings.InstructorKey);
        var record = RecordJson.Read(await http.GetStringAsync($"/instructor/rooms/{table.Room}/record.json")).Record!;
        Assert.That(record.Moves.Where(m => m.Seat == 1), Is.Not.Empty);
        Assert.That(record.Moves.Where(m => m.Seat == 1).All(m => !string.IsNullOrEmpty(m.Reason)), Is.True, "the debater says why it chose each move");
        Assert.That(Replay.Run(BuiltInScenarios.Default, record).Verified, Is.True);
    }

    /// <summary>
    /// Every screen a page showed tells the same story in its two halves: the public half says whose
    /// speech it is and whether the room is live, the seat's own half offers moves exactly when it is
    /// that seat's live speech. (A page once paired the room's "Ann has the floor" with Ann's hand from
    /// before the last seat was taken, which offered her nothing: the screens were paired by move count.)
    /// </summary>
    private static void AgreeOnTheSpeaker(Player player)
    {
        foreach (var screen in player.Screens)
        {
            var speaking = screen.Room.Live && screen.Verdict is null && screen.Stage.Speaker == player.Seat.Seat;
            Assert.That(screen.YourSpeech, Is.EqualTo(speaking),
                $"{player.Seat.Name}'s page at move {screen.MoveCount}: the room said \"{screen.Room.StateLine}\" (live: {screen.Room.Live}) but the seat's half said {(screen.YourSpeech ? "speak" : "wait")}");
        }
    }
}
