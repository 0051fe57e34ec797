using Debate.Console.Pages;
using Debate.Console.Shell.Views;
using Debate.Core.Play;

namespace Debate.Console.Shell.Board;

/// <summary>The top of the board: the speech and who holds the floor, the clock; then the motion and the latest news.</summary>
internal static class HeaderRows
{
    /// <param name="width">The board's width: the speaker's role is added only where it fits whole.</param>
    public static List<Row> Of(Match match, string? title, bool roomy, int width)
    {
        ArgumentNullException.ThrowIfNull(match);
        var rows = new List<Row>();
        var lead = Line.Blank;
        if (title is not null)
        {
            lead = lead.Add($" {title} ", Tone.Key).Add("  ");
        }

        if (match.IsOver)
        {
            rows.Add(Row.Of(lead.Add("The debate is over: the closing vote is in.", Tone.Heading)));
        }
        else
        {
            var slot = match.CurrentSpeech!;
            var seat = match.Seats[match.Speaker];
            var time = slot.Speech.Time;
            var clock = new string('■', Math.Max(0, match.TimeLeft)) + new string('□', Math.Max(0, time - match.TimeLeft));
            var line = lead
                .Add(slot.Title.ToUpperInvariant(), Tone.Heading)
                .Add($" ({slot.Index + 1} of {match.Scenario.Speeches.Length})  ", Tone.Dim)
                .Add("TIME ", Tone.Strong).Add(clock, Tone.Warn).Add($" {match.TimeLeft} of {time} left  ")
                .Add(seat.Name, Line.SideTone(seat.Side)).Add($" ({seat.Side})");
            if (match.RoleOf(seat.Index)?.Title is { } role && TextFit.Columns(line.Text) + TextFit.Columns(role) + 3 <= width)
            {
                line = line.Add($" · {role}", Tone.Dim);
            }

            rows.Add(Row.Of(line));
        }

        var news = NewsText.Latest(match);
        if (roomy || news is null)
        {
            rows.Add(Row.Of(Line.Blank.Add("MOTION ", Tone.Strong).Add(match.Scenario.Motion.Text, Tone.Title)));
        }

        if (news is not null)
        {
            rows.Add(new Row(Line.Blank.Add("NEWS ", Tone.Warn).Add("(N) ", Tone.Dim).Add(news.Tag, Tone.Strong), NewsItem));
        }

        return rows;
    }

    /// <summary>The item a click on the news line picks.</summary>
    public const int NewsItem = 1;
}
