using System.Globalization;
using Debate.Core.Adjudication;
using Debate.Core.Play;

namespace Debate.Console.Pages;

/// <summary>The audience in words, bloc by bloc, and the room's swing so far (the figure the verdict counts).</summary>
internal static class AudienceText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The room's swing line: each side's normalised move since the opening vote.</summary>
    public static Line RoomLine(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var (alliance, partnership) = Swings.Total(Swings.Of(match));
        string Pct(double x) => (x * 100).ToString("+0.0;-0.0;0.0", Inv) + "%";
        var lead = Math.Abs(alliance - partnership) < Adjudicator.Tie ? "level" : alliance > partnership ? "Alliance ahead" : "Partnership ahead";
        return Line.Of($"Room swing so far: Alliance {Pct(alliance)}, Partnership {Pct(partnership)} ({lead}).");
    }

    /// <summary>One line a bloc in words, for the plain mode and the audience page.</summary>
    public static IReadOnlyList<Line> Words(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var lines = new List<Line> { RoomLine(match) };
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

    private static string Num(double x) => x.ToString(x < 9.95 && x > 0 && x % 1 != 0 ? "0.0" : "0", Inv);
}
