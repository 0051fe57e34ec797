using Debate.Core.Play;
using Debate.Opponents;
using Debate.Server.Rooms;
using Debate.Server.Store;

namespace Debate.Server.Screens;

/// <summary>Builds the three kinds of screen from a room: a seat's, the projector's and the instructor's summary.</summary>
internal static class ScreenBuilder
{
    /// <summary>
    /// The parts every screen of the room shows alike at this moment: an announcement builds them
    /// once for the room's public screen and the instructors' summary.
    /// </summary>
    public static SharedParts Shared(Room room)
    {
        ArgumentNullException.ThrowIfNull(room);
        var match = room.Match;
        return new SharedParts(PublicParts.Room(room), PublicParts.Stage(room), PublicParts.Seats(room), PublicParts.Floor(match),
            PublicParts.Audience(match), PublicParts.Verdict(match));
    }

    /// <summary>The screen only <paramref name="seat"/> is sent: its own view of the match, nothing of anyone else's hand.</summary>
    public static SeatScreen Seat(Room room, int seat)
    {
        ArgumentNullException.ThrowIfNull(room);
        var match = room.Match;
        var view = PlayerView.Of(match, seat);
        var own = view.Seats[seat];
        var why = Chair.WhyNotNow(room, seat);
        var speaking = !match.IsOver && match.Speaker == seat;
        var waiting = match.IsOver ? null : why ?? (speaking ? null : $"It is {Shown.Text(match.Seats[match.Speaker].Name)}'s speech ({Shown.Text(match.CurrentSpeech!.Title)}).");
        var role = view.Role is { } r ? new RolePart(Shown.Text(r.Title), Shown.Block(r.Brief), Shown.Block(r.Objective.Text)) : null;
        return new SeatScreen(seat, Shown.Text(own.Name), own.Side.ToString(), own.Controller, role, speaking && why is null, waiting,
            HandParts.EndPreview(view, why is null), HandParts.Of(view, why is null), match.MoveCount, room.Edition);
    }

    /// <summary>The room's public screen, for the projector and every player's page alike: no hands, no secret objectives before the verdict.</summary>
    public static RoomScreen Projector(Room room, string? joinAt, SharedParts? shared = null)
    {
        ArgumentNullException.ThrowIfNull(room);
        var parts = shared ?? Shared(room);
        return new RoomScreen(parts.Room, joinAt, parts.Stage, parts.Seats, parts.Floor, parts.Audience, parts.Verdict, room.Match.MoveCount, room.Edition);
    }

    /// <summary>A stored room that could not be brought back: damaged, with why; no seats, no moves to make.</summary>
    public static RoomSummary Summary(UnrestoredRoom room)
    {
        ArgumentNullException.ThrowIfNull(room);
        var why = Shown.Text(room.Why);
        return new RoomSummary(room.Id, Hosting.Secrets.ShowCode(room.Code), Shown.Text(room.Source), Shown.Text(room.Source), room.Seed, room.Created, "damaged",
            $"This room could not be restored after the server started: {why} Its record is kept as it was stored.", null, room.MoveCount, 0, [], null, [], why);
    }

    public static RoomSummary Summary(Room room, SharedParts? shared = null)
    {
        ArgumentNullException.ThrowIfNull(room);
        var match = room.Match;
        var (state, line) = PublicParts.State(room);
        var seats = shared?.Seats ?? PublicParts.Seats(room);
        var winner = match.IsOver ? (shared is null ? PublicParts.Verdict(match) : shared.Verdict)?.Headline : null;
        var text = ScenarioText.Of(match.Scenario);
        return new RoomSummary(room.Id, Hosting.Secrets.ShowCode(room.Code), text.Title, room.Source, match.Seed, room.Created, state, line,
            match.IsOver ? null : Shown.Text(match.CurrentSpeech!.Title), match.MoveCount, room.Watchers, seats, winner,
            [.. OpponentFactory.Names(match.Scenario)], room.Damage is null ? null : Shown.Text(room.Damage));
    }
}

/// <summary>The public parts of a room's screens at one moment (see <see cref="ScreenBuilder.Shared"/>).</summary>
internal sealed record SharedParts(RoomPart Room, StagePart Stage, IReadOnlyList<SeatPart> Seats, IReadOnlyList<FloorPart> Floor, AudiencePart Audience, VerdictPart? Verdict);
