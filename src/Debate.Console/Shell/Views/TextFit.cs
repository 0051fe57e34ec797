using Debate.Console.Pages;
using Terminal.Gui.Drawing;
using Terminal.Gui.Text;

namespace Debate.Console.Shell.Views;

/// <summary>
/// Fits lines of words to a width in terminal columns, measured grapheme by grapheme (wide CJK and
/// emoji take two columns, combining marks none): word-wrapped, or cut with an ellipsis. Every span
/// passes through <see cref="Shown"/> first, so text from a file or a player is drawn literally.
/// </summary>
internal static class TextFit
{
    public const string Ellipsis = "…";

    /// <summary>The columns a piece of text takes.</summary>
    public static int Columns(string text) => Glyphs(text, Tone.Plain).Sum(g => g.Width);

    /// <summary>The line's glyphs, line breaks in its text splitting it into several rows.</summary>
    public static List<List<Glyph>> Rows(Line line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var rows = new List<List<Glyph>> { new() };
        foreach (var span in line.Spans)
        {
            var parts = Shown.Block(span.Text).Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    rows.Add([]);
                }

                rows[^1].AddRange(Glyphs(parts[i], span.Tone));
            }
        }

        return rows;
    }

    /// <summary>Word-wraps a line to <paramref name="width"/>; continuation rows hang <paramref name="hang"/> columns further in (or the line's own <see cref="Line.Hang"/>).</summary>
    public static List<DrawnLine> Wrap(Line line, int width, int hang, int item = -1)
    {
        ArgumentNullException.ThrowIfNull(line);
        var result = new List<DrawnLine>();
        foreach (var row in Rows(line))
        {
            WrapRow(row, line.Indent, width, line.Hang ?? hang, item, result);
        }

        return result;
    }

    /// <summary>The line on one row, cut with an ellipsis when it is wider than <paramref name="width"/>.</summary>
    public static DrawnLine Cut(Line line, int width, int item = -1)
    {
        ArgumentNullException.ThrowIfNull(line);
        var glyphs = Rows(line).SelectMany((r, i) => i == 0 ? r : r.Prepend(new Glyph(" ", 1, Tone.Plain))).ToList();
        var indent = Math.Min(line.Indent, Math.Max(0, width - 1));
        return new DrawnLine(indent, Cut(glyphs, width - indent), item);
    }

    /// <summary>Glyphs cut to fit <paramref name="width"/> columns, the cut marked with an ellipsis.</summary>
    public static List<Glyph> Cut(IReadOnlyList<Glyph> glyphs, int width)
    {
        ArgumentNullException.ThrowIfNull(glyphs);
        if (glyphs.Sum(g => g.Width) <= width)
        {
            return [.. glyphs];
        }

        var kept = new List<Glyph>();
        var used = 0;
        foreach (var g in glyphs)
        {
            if (used + g.Width > width - 1)
            {
                break;
            }

            kept.Add(g);
            used += g.Width;
        }

        if (width >= 1)
        {
            kept.Add(new Glyph(Ellipsis, 1, kept.Count > 0 ? kept[^1].Tone : Tone.Dim));
        }

        return kept;
    }

    private static void WrapRow(List<Glyph> row, int indent, int width, int hang, int item, List<DrawnLine> result)
    {
        var first = true;
        var start = 0;
        while (true)
        {
            var lead = Math.Min(first ? indent : indent + hang, Math.Max(0, width - 4));
            var room = Math.Max(1, width - lead);
            // Skip the spaces a break leaves at the start of a continuation row.
            while (!first && start < row.Count && row[start].Text == " ")
            {
                start++;
            }

            var used = 0;
            var end = start;
            var lastSpace = -1;
            while (end < row.Count && used + row[end].Width <= room)
            {
                if (row[end].Text == " ")
                {
                    lastSpace = end;
                }

                used += row[end].Width;
                end++;
            }

            if (end < row.Count && lastSpace > start)
            {
                end = lastSpace;
            }
            else if (end == start && end < row.Count)
            {
                end++; // a glyph wider than the room: take it anyway rather than loop
            }

            var piece = row.GetRange(start, end - start);
            while (piece.Count > 0 && piece[^1].Text == " ")
            {
                piece.RemoveAt(piece.Count - 1);
            }

            result.Add(new DrawnLine(lead, piece, item));
            first = false;
            start = end;
            if (start >= row.Count)
            {
                return;
            }
        }
    }

    private static IEnumerable<Glyph> Glyphs(string text, Tone tone)
    {
        foreach (var g in GraphemeHelper.GetGraphemes(text))
        {
            var width = g.GetColumns();
            // Zero-width leftovers (a lone combining mark) still need a cell to be seen.
            yield return new Glyph(g, Math.Max(1, Math.Min(2, width)), tone);
        }
    }
}
