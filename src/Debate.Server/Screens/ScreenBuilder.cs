using Debate.Core.Play;
using Debate.Opponents;
using Debate.Server.Rooms;

namespace Debate.Server.Screens;

/// <summary>Builds the three kinds of screen from a room: a seat's, the projector's and the instructor's summary.</summary>
internal static class ScreenBuilder
{
    /// <summary>The screen of <paramref name="seat"/>: its own view of the match and nothing of anyone else's hand.</summary>
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
        return new SeatScreen(PublicParts.Room(room), seat, Shown.Text(own.Name), own.Side.ToString(), own.Controller, role, speaking && why is null, waiting,
            HandParts.EndPreview(view, why is null), PublicParts.Stage(room), PublicParts.Seats(room), PublicParts.Floor(match), PublicParts.Audience(match),
            HandParts.Of(view, why is null), PublicParts.Verdict(match), match.MoveCount);
    }

    /// <summary>The projector's screen: public only.</summary>
    public static RoomScreen Projector(Room room, string? joinAt)
    {
        ArgumentNullException.ThrowIfNull(room);
        var match = room.Match;
        return new RoomScreen(PublicParts.Room(room), joinAt, PublicParts.Stage(room), PublicParts.Seats(room), PublicParts.Floor(match),
            PublicParts.Audience(match), PublicParts.Verdict(match), match.MoveCount);
    }

    public static RoomSummary Summary(Room room)
    {
        ArgumentNullException.ThrowIfNull(room);
        var match = room.Match;
        var (state, line) = PublicParts.State(room);
        var winner = match.IsOver ? PublicParts.Verdict(match)?.Headline : null;
        return new RoomSummary(room.Id, Hosting.Secrets.ShowCode(room.Code), Shown.Text(match.Scenario.Title), room.Source, match.Seed, room.Created, state, line,
            match.IsOver ? null : Shown.Text(match.CurrentSpeech!.Title), match.MoveCount, room.Watchers, PublicParts.Seats(room), winner,
            [.. OpponentFactory.Names(match.Scenario)], room.Damage is null ? null : Shown.Text(room.Damage));
    }
}
