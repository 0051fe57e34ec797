using System.Globalization;
using Debate.Console.Shell.Terminal;
using Debate.Console.Shell.Ui;
using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Console.Shell.Board;

/// <summary>
/// The audience bloc by bloc: a meter of for / undecided / against that moves after each speech,
/// with how far it moved in the last one, and the room's swing so far (the figure the verdict counts).
/// </summary>
internal static class AudienceMeter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The room's swing line: each side's normalised move since the opening vote.</summary>
    public static Line RoomLine(Match match, bool words, int width = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(match);
        var (alliance, partnership) = Swings.Total(Swings.Of(match));
        string Pct(double x) => (x * 100).ToString("+0.0;-0.0;0.0", Inv) + "%";
        var lead = Math.Abs(alliance - partnership) < Adjudicator.Tie ? "level" : alliance > partnership ? "Alliance ahead" : "Partnership ahead";
        return words
            ? Line.Of($"Room swing so far: Alliance {Pct(alliance)}, Partnership {Pct(partnership)} ({lead}).")
            : Fitting(Line.Blank.Add("SWING ", Tone.Strong).Add($"A {Pct(alliance)}", Tone.Alliance).Add("  ").Add($"P {Pct(partnership)}", Tone.Partnership), $"  {lead}", width);
    }

    private static Line Fitting(Line line, string extra, int width) => line.Length + extra.Length <= width ? line.Add(extra, Tone.Dim) : line;

    /// <summary>
    /// Lines for the meter panel, fitted to <paramref name="rows"/> rows of <paramref name="width"/>:
    /// two lines a bloc when there is room, one otherwise.
    /// </summary>
    public static IReadOnlyList<Line> Panel(Match match, Glyphs glyphs, int width, int rows)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(glyphs);
        var blocs = match.Scenario.Blocs;
        var lines = new List<Line> { RoomLine(match, words: false, width) };
        var roomy = rows >= 1 + (2 * blocs.Length) && width >= 40;
        var nameWidth = Math.Min(Math.Clamp(width / 3, 8, 22), blocs.Select(b => ShortName(b, Math.Clamp(width / 3, 8, 22)).Length).DefaultIfEmpty(8).Max());
        for (var i = 0; i < blocs.Length; i++)
        {
            var vote = match.Audience[i];
            var shift = Shift(match, i);
            if (roomy)
            {
                lines.Add(Line.Of($"{blocs[i].Name} ({blocs[i].Share}%)", Tone.Strong));
                var bar = Math.Clamp(width - 22, 10, 40);
                lines.Add(Line.Of(" ").Then(Meter(vote, glyphs, bar)).Add($" {Num(vote.For)}/{Num(vote.Undecided)}/{Num(vote.Against)}").Add(ShiftText(shift, glyphs), ShiftTone(shift)));
            }
            else
            {
                var name = ShortName(blocs[i], nameWidth).PadRight(nameWidth);
                var bar = Math.Clamp(width - name.Length - 13, 6, 40);
                lines.Add(Line.Of(name.PadRight(name.Length + 1), Tone.Strong).Then(Meter(vote, glyphs, bar)).Add($" {Num(vote.For)}/{Num(vote.Against)}").Add(ShiftText(shift, glyphs), ShiftTone(shift)));
            }
        }

        return lines;
    }

    /// <summary>One line a bloc in words, for the plain mode.</summary>
    public static IReadOnlyList<Line> Words(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var lines = new List<Line> { RoomLine(match, words: true) };
        var blocs = match.Scenario.Blocs;
        for (var i = 0; i < blocs.Length; i++)
        {
            var v = match.Audience[i];
            var shift = Shift(match, i);
            var moved = shift is null ? string.Empty
                : Math.Abs(shift.Value) < 0.05 ? "; held still in the last speech"
                : $"; moved {Num(Math.Abs(shift.Value))} points towards {(shift > 0 ? "Alliance" : "Partnership")} in the last speech";
            lines.Add(Line.Of($"{blocs[i].Name} ({blocs[i].Share}% of the room): for {Num(v.For)}%, against {Num(v.Against)}%, undecided {Num(v.Undecided)}%{moved}."));
        }

        return lines;
    }

    /// <summary>How far a bloc moved towards Alliance (positive) or Partnership in the last speech; null before any speech ended.</summary>
    public static double? Shift(Match match, int bloc)
    {
        ArgumentNullException.ThrowIfNull(match);
        var after = match.AudienceAfterSpeech;
        if (after.IsDefaultOrEmpty)
        {
            return null;
        }

        var before = after.Length >= 2 ? after[^2][bloc] : match.Scenario.Blocs[bloc].Opening;
        var now = after[^1][bloc];
        return ((now.For - before.For) - (now.Against - before.Against)) / 2;
    }

    private static Line Meter(Vote vote, Glyphs glyphs, int width)
    {
        var total = Math.Max(1e-9, vote.For + vote.Against + vote.Undecided);
        var f = (int)Math.Round(vote.For / total * width);
        var a = (int)Math.Round(vote.Against / total * width);
        var u = Math.Max(0, width - f - a);
        return Line.Blank.Add(Repeat(glyphs.AllianceBar, f), Tone.Alliance).Add(Repeat(glyphs.UndecidedBar, u), Tone.Dim).Add(Repeat(glyphs.PartnershipBar, a), Tone.Partnership);
    }

    private static string ShiftText(double? shift, Glyphs glyphs) => shift switch
    {
        null => string.Empty,
        double s when Math.Abs(s) < 0.05 => " =",
        double s => $" {glyphs.Up}{(s > 0 ? "A" : "P")}{Num(Math.Abs(s))}",
    };

    private static Tone ShiftTone(double? shift) => shift switch
    {
        > 0.05 => Tone.Alliance,
        < -0.05 => Tone.Partnership,
        _ => Tone.Dim,
    };

    private static string Num(double x) => x.ToString(x < 9.95 && x > 0 && x % 1 != 0 ? "0.0" : "0", Inv);

    private static string Repeat(string s, int n) => n <= 0 ? string.Empty : string.Concat(Enumerable.Repeat(s, n));

    /// <summary>The bloc's name if it fits, else its id in title case ("beijing" becomes "Beijing"), cut if need be.</summary>
    private static string ShortName(Bloc bloc, int max)
    {
        if (bloc.Name.Length <= max)
        {
            return bloc.Name;
        }

        var id = bloc.Id.Length == 0 ? bloc.Name : char.ToUpperInvariant(bloc.Id[0]) + bloc.Id[1..];
        return id.Length <= max ? id : id[..(max - 1)] + ".";
    }
}
