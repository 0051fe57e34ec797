using Debate.Console.Shell.Terminal;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Debate.Console.Shell.Ui;

/// <summary>Building blocks of full-screen frames: the title bar, the key bar, a page of text, and lines to a renderable.</summary>
internal static class Frames
{
    /// <summary>The lines as one renderable; each line is already cut to the width, so nothing wraps.</summary>
    public static IRenderable Render(IEnumerable<Line> lines, int width, Glyphs glyphs)
    {
        ArgumentNullException.ThrowIfNull(glyphs);
        return new Markup(string.Join('\n', lines.Select(l => Styles.Markup(l, width - 1, glyphs.Ellipsis))));
    }

    public static Line TitleBar(string title, int width, string? right = null)
    {
        var text = $" {title} ";
        var pad = Math.Max(1, width - 1 - text.Length - (right?.Length ?? 0) - 1);
        return Line.Of(text + new string(' ', pad) + (right ?? string.Empty) + " ", Tone.Key);
    }

    /// <summary>A status line of keys: each key drawn as a cap, then what it does.</summary>
    public static Line Keys(params (string Key, string Does)[] keys)
    {
        var line = Line.Blank;
        foreach (var (key, does) in keys)
        {
            line = line.Add($" {key} ", Tone.Key).Add($" {does}  ");
        }

        return line;
    }

    /// <summary>
    /// A full screen of reading: title bar, the body from <paramref name="scroll"/>, scroll marks and
    /// the key bar. Returns the lines and the largest useful scroll offset.
    /// </summary>
    public static (List<Line> Lines, int MaxScroll) Page(string title, IReadOnlyList<Line> body, Line keys, int scroll, int width, int height, Glyphs glyphs)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(glyphs);
        var wrapped = body.SelectMany(l => Styles.Wrap(l, width - 1, 2)).ToList();
        var room = Math.Max(1, height - 4);
        var maxScroll = Math.Max(0, wrapped.Count - room);
        scroll = Math.Clamp(scroll, 0, maxScroll);
        var lines = new List<Line> { TitleBar(title, width), Line.Blank };
        lines.AddRange(wrapped.Skip(scroll).Take(room));
        while (lines.Count < height - 2)
        {
            lines.Add(Line.Blank);
        }

        var more = maxScroll == 0 ? Line.Blank
            : Line.Of(scroll < maxScroll ? $"{glyphs.Down} more below ({wrapped.Count - room - scroll} lines)" : $"{glyphs.Up} end of page", Tone.Dim);
        lines.Add(more);
        lines.Add(keys);
        return (lines, maxScroll);
    }

    /// <summary>The new scroll offset after a reading key, or null when the key is not a scrolling key.</summary>
    public static int? Scrolled(ConsoleKey key, int scroll, int maxScroll, int page) => key switch
    {
        ConsoleKey.UpArrow or ConsoleKey.K => Math.Max(0, scroll - 1),
        ConsoleKey.DownArrow or ConsoleKey.J => Math.Min(maxScroll, scroll + 1),
        ConsoleKey.PageUp => Math.Max(0, scroll - page),
        ConsoleKey.PageDown or ConsoleKey.Spacebar => Math.Min(maxScroll, scroll + page),
        ConsoleKey.Home => 0,
        ConsoleKey.End => maxScroll,
        _ => null,
    };
}
