using System.Globalization;
using System.Text;
using Debate.Core.Content;
using Debate.Core.Text;

namespace Debate.Debrief.Rendering;

/// <summary>
/// The assessment for a gradebook: a header line, then one row per player per rubric criterion.
/// Columns: seat (from 0), player, side, role (title, empty without one), criterion (id),
/// criterion_name, measure (as the scenario file spells it), figure, full_marks_at, weight, score
/// (out of weight). UTF-8, comma-separated, fields quoted as RFC 4180 asks, lines ending in \n.
/// </summary>
internal static class CsvRenderer
{
    public const string Header = "seat,player,side,role,criterion,criterion_name,measure,figure,full_marks_at,weight,score";

    public static string Render(Debrief d)
    {
        var csv = new StringBuilder(Header).Append('\n');
        foreach (var r in d.Assessment.Rows)
        {
            string[] fields =
            [
                r.Seat.ToString(CultureInfo.InvariantCulture), Text(r.Player), r.Side.ToString().ToLowerInvariant(), Text(r.Role),
                Text(r.Criterion), Text(r.CriterionName), Measure(r.Measure), r.Figure.ToString(CultureInfo.InvariantCulture),
                Number(r.FullMarksAt), Number(r.Weight), Number(r.Score),
            ];
            csv.AppendJoin(',', fields).Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>
    /// A text field: made visible (no escape sequence reaches a terminal that shows the file, no line
    /// break splits a row), quoted when it holds a comma, a quote or outer spaces, and defused when a
    /// spreadsheet would read it as a formula.
    /// </summary>
    public static string Text(string? value)
    {
        var text = VisibleText.Line(value);
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 || text != text.Trim()
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    private static string Number(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);

    // The scenario file's spelling (arguments-standing), which is what an instructor wrote in the rubric.
    private static string Measure(RubricMeasure m) =>
        string.Concat(m.ToString().Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
}
