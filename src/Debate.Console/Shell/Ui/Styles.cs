using System.Text;
using Debate.Core.Text;
using Spectre.Console;

namespace Debate.Console.Shell.Ui;

/// <summary>
/// Turns lines into Spectre markup: every text escaped, tones mapped to a small high-contrast
/// palette (sides in blue and orange, standing in green, defeated in red), lines cut to fit.
/// </summary>
internal static class Styles
{
    public static string Of(Tone tone) => tone switch
    {
        Tone.Title => "bold",
        Tone.Heading => "bold underline",
        Tone.Strong => "bold",
        Tone.Dim => "grey70",
        Tone.Good => "bold green3",
        Tone.Bad => "bold red1",
        Tone.Warn => "bold yellow",
        Tone.Alliance => "bold deepskyblue1",
        Tone.Partnership => "bold darkorange",
        Tone.Key => "bold invert",
        Tone.Selected => "bold invert",
        _ => string.Empty,
    };

    /// <summary>The line as markup, cut with an ellipsis to <paramref name="width"/> cells.</summary>
    public static string Markup(Line line, int width, string ellipsis = "…")
    {
        ArgumentNullException.ThrowIfNull(line);
        // Spans hold names and scenario text: make every control, escape and invisible character a mark before measuring.
        var visible = line with { Spans = [.. line.Spans.Select(s => VisibleText.IsVisibleLine(s.Text) ? s : s with { Text = VisibleText.Line(s.Text) })] };
        var fitted = Fit(visible, width, ellipsis);
        var sb = new StringBuilder(new string(' ', fitted.Indent));
        foreach (var span in fitted.Spans)
        {
            var style = Of(span.Tone);
            var text = Spectre.Console.Markup.Escape(span.Text);
            sb.Append(style.Length == 0 || span.Text.Length == 0 ? text : $"[{style}]{text}[/]");
        }

        return sb.ToString();
    }

    /// <summary>The line cut to <paramref name="width"/> characters, the cut marked with an ellipsis.</summary>
    public static Line Fit(Line line, int width, string ellipsis = "…")
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length <= width)
        {
            return line;
        }

        var room = Math.Max(0, width - line.Indent - ellipsis.Length);
        var spans = new List<Span>();
        foreach (var span in line.Spans)
        {
            if (room <= 0)
            {
                break;
            }

            var take = Math.Min(room, span.Text.Length);
            spans.Add(span with { Text = span.Text[..take] });
            room -= take;
        }

        var lastTone = spans.Count > 0 ? spans[^1].Tone : Tone.Plain;
        spans.Add(new Span(ellipsis, lastTone == Tone.Selected ? Tone.Selected : Tone.Dim));
        return line with { Spans = [.. spans] };
    }

    /// <summary>Word-wraps a line to <paramref name="width"/>, continuation lines indented like the first plus <paramref name="hang"/>.</summary>
    public static IReadOnlyList<Line> Wrap(Line line, int width, int hang = 0)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length <= width)
        {
            return [line];
        }

        var words = new List<Span>();
        foreach (var span in line.Spans)
        {
            var parts = span.Text.Split(' ');
            for (var i = 0; i < parts.Length; i++)
            {
                var text = i < parts.Length - 1 ? parts[i] + " " : parts[i];
                if (text.Length > 0)
                {
                    words.Add(span with { Text = text });
                }
            }
        }

        var result = new List<Line>();
        var current = Line.Blank with { Indent = line.Indent };
        foreach (var word in words)
        {
            var fits = current.Length + word.Text.TrimEnd().Length <= width;
            if (!fits && current.Spans.Length > 0)
            {
                result.Add(Trimmed(current));
                current = Line.Blank with { Indent = line.Indent + hang };
            }

            current = current with { Spans = current.Spans.Add(word) };
        }

        if (current.Spans.Length > 0)
        {
            result.Add(Trimmed(current));
        }

        return [.. result.Select(l => Fit(l, width))];
    }

    private static Line Trimmed(Line line)
    {
        var last = line.Spans[^1];
        return line with { Spans = line.Spans.SetItem(line.Spans.Length - 1, last with { Text = last.Text.TrimEnd() }) };
    }
}
