using Debate.Console.Shell.Terminal;
using Debate.Console.Shell.Ui;
using Debate.Core.Play;

namespace Debate.Console.Shell.Board;

/// <summary>The top of the board: the motion, the speech and who holds the floor, the clock, the news in play.</summary>
internal static class BoardHeader
{
    public static IReadOnlyList<Line> Lines(BoardState state, Glyphs glyphs, string? title, int width)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(glyphs);
        var match = state.Match;
        var speeches = match.Scenario.Speeches.Length;
        var lines = new List<Line>
        {
            Line.Blank.Add($" {title ?? "DEBATE"} ", Tone.Key).Add("  ").Add(match.Scenario.Motion.Text, Tone.Title),
        };
        if (match.IsOver)
        {
            lines.Add(Line.Of("The debate is over: the closing vote is in.", Tone.Heading));
        }
        else
        {
            var slot = match.CurrentSpeech!;
            var seat = match.Seats[match.Speaker];
            var role = match.RoleOf(seat.Index)?.Title;
            var who = role is null ? $" ({seat.Side})" : $" ({seat.Side}, {role})";
            var time = slot.Speech.Time;
            var clock = string.Concat(Enumerable.Repeat(glyphs.TimeFull, Math.Max(0, match.TimeLeft)))
                + string.Concat(Enumerable.Repeat(glyphs.TimeEmpty, Math.Max(0, time - match.TimeLeft)));
            Line Build(bool roomy, string whoText) => Line.Blank
                .Add(slot.Title.ToUpperInvariant(), Tone.Heading)
                .Add(roomy ? $"  speech {slot.Index + 1} of {speeches}" : $"  {slot.Index + 1}/{speeches}", Tone.Dim)
                .Add(roomy ? "   SPEAKER " : "  ", Tone.Strong).Add(seat.Name, Line.SideTone(seat.Side)).Add(whoText)
                .Add("   TIME ", Tone.Strong).Add(clock, Tone.Warn).Add(roomy ? $" {match.TimeLeft} of {time} left" : $" {match.TimeLeft}/{time}");
            var line = Build(true, who);
            if (line.Length >= width)
            {
                line = Build(false, who);
            }

            if (line.Length >= width)
            {
                line = Build(false, $" ({seat.Side})");
            }

            lines.Add(line);
        }

        if (!match.EventsInPlay.IsDefaultOrEmpty)
        {
            var news = string.Join("; ", match.EventsInPlay.Select(e => match.Scenario.Card(e).Tag));
            lines.Add(Line.Blank.Add("NEWS ", Tone.Warn).Add(news));
        }

        return lines;
    }
}
