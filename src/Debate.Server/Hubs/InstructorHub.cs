using Debate.Core.Content;
using Debate.Opponents;
using Debate.Server.Rooms;
using Debate.Server.Screens;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Debate.Server.Hubs;

/// <summary>
/// The instructor's hub (<c>/hub/instructor</c>), open only to the instructor's key on this machine:
/// every room at a glance (<c>room</c> messages on every change), the scenarios on offer, and the
/// controls: open, start, pause, seat an opponent or a person, free a seat, end.
/// </summary>
[Authorize(Policy = Hosting.InstructorAccess.Policy)]
internal sealed class InstructorHub(RoomHall hall, ScenarioShelf shelf, Moderation moderation) : Hub
{
    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, Announcer.InstructorGroup).ConfigureAwait(false);
        await base.OnConnectedAsync().ConfigureAwait(false);
    }

    public IReadOnlyList<RoomSummary> Rooms() => [.. hall.All.Select(r => ScreenBuilder.Summary(r)), .. hall.Unrestored.Select(ScreenBuilder.Summary)];

    /// <summary>The scenarios a room may be opened on, with what the setup form needs of each.</summary>
    public IReadOnlyList<ScenarioChoice> Scenarios() => [.. shelf.Keys().Select(key =>
    {
        var (scenario, problem) = shelf.Find(key);
        return scenario is null
            ? new ScenarioChoice(key, key, problem ?? string.Empty, string.Empty, [], [])
            : new ScenarioChoice(key, Shown.Text(scenario.Title), Shown.Text(scenario.Motion.Text), Format(scenario),
                [.. scenario.Roles.Select(r => new RoleChoice(r.Id, Shown.Text(r.Title), r.Side.ToString()))], [.. OpponentFactory.Names(scenario)]);
    })];

    public async Task<RoomSummary> Open(RoomPlan plan) => ScreenBuilder.Summary(await moderation.Open(plan).ConfigureAwait(false));

    public Task Begin(string room) => moderation.Begin(room);

    public Task Pause(string room, bool paused) => moderation.Pause(room, paused);

    public Task SeatOpponent(string room, int seat, string controller) => moderation.SeatOpponent(room, seat, controller);

    public Task SeatPerson(string room, int seat) => moderation.SeatPerson(room, seat);

    public Task FreeSeat(string room, int seat) => moderation.FreeSeat(room, seat);

    public Task End(string room) => moderation.End(room);

    private static string Format(Scenario scenario) =>
        string.Join(", ", scenario.Phases.Select(p => p.Rounds > 1 ? $"{p.Name} x{p.Rounds}" : p.Name)) + $"; {scenario.Speeches.Length} speeches, hands of {scenario.HandSize}";
}
