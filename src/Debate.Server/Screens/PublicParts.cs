using System.Collections.Immutable;
using System.Globalization;
using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Server.Hosting;
using Debate.Server.Rooms;

namespace Debate.Server.Screens;

/// <summary>
/// The parts of a screen that everyone in the room may see: the room, the stage, the seats (role
/// titles only), the floor as threads with each argument's status and why, the audience, and the
/// verdict once it is in. Nothing here reads a hand or a secret objective before the verdict.
/// </summary>
internal static class PublicParts
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static RoomPart Room(Room room)
    {
        var text = ScenarioText.Of(room.Match.Scenario);
        var (state, line) = State(room);
        return new RoomPart(room.Id, Secrets.ShowCode(room.Code), text.Title, text.Motion, text.AllianceCase, text.PartnershipCase, state, line, room.IsLive);
    }

    /// <summary>The room's state in one word (waiting, playing, paused, over, ended, damaged) and one sentence.</summary>
    public static (string State, string Line) State(Room room)
    {
        var match = room.Match;
        if (room.Damage is not null)
        {
            return ("damaged", Shown.Text(room.Damage));
        }

        if (room.Flags.Ended)
        {
            return ("ended", "The instructor has ended this room.");
        }

        if (match.IsOver)
        {
            return ("over", "The debate is over: the closing vote is in.");
        }

        if (!room.Flags.Started)
        {
            var free = match.Seats.Count(s => s.IsHuman && !room.IsTaken(s.Index));
            return ("waiting", $"Waiting for {free} more {(free == 1 ? "person" : "people")} to join with code {Secrets.ShowCode(room.Code)}.");
        }

        return room.Flags.Paused ? ("paused", "The instructor has paused the debate.") : ("playing", $"{Shown.Text(match.CurrentSpeech!.Title)}: {Shown.Text(match.Seats[match.Speaker].Name)} has the floor.");
    }

    public static StagePart Stage(Room room)
    {
        var match = room.Match;
        var text = ScenarioText.Of(match.Scenario);
        var news = match.EventsInPlay.Select(e => text.Card(e).Tag).ToList();
        var log = room.Log.TakeLast(12).ToList(); // shown when noted (Room.Note)
        if (match.IsOver)
        {
            return new StagePart(null, match.Scenario.Speeches.Length, match.Scenario.Speeches.Length, -1, null, null, null, 0, 0, room.SpeechBegan, news, log, false);
        }

        var slot = match.CurrentSpeech!;
        var speaker = match.Seats[match.Speaker];
        return new StagePart(Shown.Text(slot.Title), slot.Index + 1, match.Scenario.Speeches.Length, speaker.Index, Shown.Text(speaker.Name), speaker.Side.ToString(),
            match.RoleOf(speaker.Index) is { } role ? Shown.Text(role.Title) : null, match.TimeLeft, slot.Speech.Time, room.SpeechBegan, news, log, room.OpponentThinking);
    }

    public static IReadOnlyList<SeatPart> Seats(Room room)
    {
        var match = room.Match;
        return [.. match.Seats.Select(s => new SeatPart(s.Index, Shown.Text(s.Name), s.Side.ToString(), match.RoleOf(s.Index) is { } r ? Shown.Text(r.Title) : null,
            s.Controller, room.IsTaken(s.Index) || !s.IsHuman, room.ConnectionsAt(s.Index) > 0, match.Hands[s.Index].Length))];
    }

    /// <summary>The floor as threads: each claim, then what supports or answers it, depth first, as a judge's flow reads.</summary>
    public static IReadOnlyList<FloorPart> Floor(Match match)
    {
        var statuses = FloorJudgement.Of(match);
        var children = match.Floor.Where(a => a.Target is not null).ToLookup(a => a.Target!.Value);
        var text = ScenarioText.Of(match.Scenario);
        var lines = new List<FloorPart>(match.Floor.Length);
        void Walk(Argument a, int depth)
        {
            var s = statuses[a.Id - 1];
            var card = text.Card(a.Card);
            var weak = a.Kind == CardKind.Rebuttal && a.Target is int t && s.Strength < statuses[t - 1].Strength
                ? $"too weak to defeat #{t} ({s.Strength} against {statuses[t - 1].Strength})"
                : null;
            var status = a.Kind == CardKind.Evidence ? "evidence" : s.Label.ToString().ToLowerInvariant();
            lines.Add(new FloorPart(a.Id, depth, a.Target, a.Side.ToString(), Shown.Text(match.Seats[a.Seat].Name), a.Kind.ToString().ToLowerInvariant(), s.Strength,
                status, s.Dropped, s.Either ? Shown.Text(s.TagInVoice) : card.Tag, card.Citation, Shown.Text(s.Explanation), weak));
            foreach (var child in children[a.Id])
            {
                Walk(child, depth + 1);
            }
        }

        foreach (var root in match.Floor.Where(a => a.Target is null))
        {
            Walk(root, 0);
        }

        return lines;
    }

    public static AudiencePart Audience(Match match)
    {
        var blocs = match.Scenario.Blocs;
        var (alliance, partnership) = Swings.Total(Swings.Of(match));
        var lead = Math.Abs(alliance - partnership) < Adjudicator.Tie ? "level" : alliance > partnership ? "Alliance ahead" : "Partnership ahead";
        var parts = new List<BlocPart>(blocs.Length);
        for (var i = 0; i < blocs.Length; i++)
        {
            var v = match.Audience[i];
            parts.Add(new BlocPart(Shown.Text(blocs[i].Name), blocs[i].Share, Round(v.For), Round(v.Undecided), Round(v.Against), Shift(match, i)));
        }

        return new AudiencePart(parts, Round(alliance * 100), Round(partnership * 100), lead);
    }

    /// <summary>The verdict as the shell shows it, from the same adjudicator: winner, reason for decision, swings, objectives revealed.</summary>
    public static VerdictPart? Verdict(Match match)
    {
        if (!match.IsOver)
        {
            return null;
        }

        var verdict = Adjudicator.Judge(match);
        var headline = verdict.Winner is Side w
            ? $"{w} wins: swing Alliance {Pct(verdict.AllianceSwing)}, Partnership {Pct(verdict.PartnershipSwing)}."
            : $"A dead heat: swing Alliance {Pct(verdict.AllianceSwing)}, Partnership {Pct(verdict.PartnershipSwing)}.";
        var blocs = verdict.Blocs.Select(b => new BlocSwingPart(Shown.Text(b.Name), b.Share, Round(b.Opening.For), Round(b.Closing.For),
            Round(b.Opening.Against), Round(b.Closing.Against), Round(b.AllianceSwing * 100), Round(b.PartnershipSwing * 100))).ToList();
        var objectives = verdict.Objectives.Select(o => new ObjectivePart(Shown.Text(o.SeatName), match.Seats[o.Seat].Side.ToString(), Shown.Text(o.Role.Title),
            Shown.Text(o.Role.Objective.Text), o.Met, Shown.Text(o.Detail))).ToList();
        return new VerdictPart(verdict.Winner?.ToString(), headline, [.. verdict.Reason.Lines.Select(Shown.Text)], blocs, objectives,
            verdict.AllianceStanding, verdict.PartnershipStanding);
    }

    /// <summary>How far a bloc moved towards Alliance (positive) or Partnership in the last speech, in points; null before any speech ended.</summary>
    private static double? Shift(Match match, int bloc)
    {
        var after = match.AudienceAfterSpeech;
        if (after.IsDefaultOrEmpty)
        {
            return null;
        }

        var before = after.Length >= 2 ? after[^2][bloc] : match.Scenario.Blocs[bloc].Opening;
        var now = after[^1][bloc];
        return Round(((now.For - before.For) - (now.Against - before.Against)) / 2);
    }

    private static double Round(double x) => Math.Round(x, 1);

    private static string Pct(double x) => (x * 100).ToString("+0.0;-0.0;0.0", Inv) + "%";
}
