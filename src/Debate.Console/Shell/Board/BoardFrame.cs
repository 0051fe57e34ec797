using Debate.Console.Shell.Terminal;
using Debate.Console.Shell.Ui;
using Debate.Core.Content;

namespace Debate.Console.Shell.Board;

/// <summary>
/// Lays the board out on the whole screen, line by line: header; the floor beside the audience;
/// the hand (or the targets being chosen, or a hidden-hand note); the last moves; a message; the keys.
/// </summary>
internal static class BoardFrame
{
    /// <summary>The frame's lines, and where the floor panel starts and how many rows it has (for scrolling).</summary>
    public static (IReadOnlyList<Line> Lines, int FloorStart, int FloorRows) Compose(BoardView view, int width, int height, Glyphs glyphs)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(glyphs);
        var w = width - 1;
        var match = view.State.Match;
        var top = BoardHeader.Lines(view.State, glyphs, view.Title, w).Select(l => Styles.Fit(l, w)).ToList();

        var log = LogLines(view, w, height >= 30 ? 3 : 2);
        var tail = new List<Line>(log) { view.Message is null ? Line.Blank : Styles.Fit(view.Message, w), Styles.Fit(view.Status, w) };

        var minBody = 6;
        var roomForHand = Math.Max(1, height - top.Count - 1 - tail.Count - 1 - minBody);
        var (handHead, shown) = Lower(view, glyphs, w, roomForHand);
        var body = height - top.Count - 1 - tail.Count - 1 - shown.Count;

        var aw = width >= 120 ? 46 : width >= 100 ? 36 : 32;
        var lw = w - aw - 3;
        var selectedTarget = view.Targets is { Count: > 0 } t ? t[Math.Clamp(view.TargetCursor, 0, t.Count - 1)].Target : null;
        var floor = FloorThreads.Lines(match, glyphs, words: false, selectedTarget);
        var (left, floorStart) = FloorWindow(floor, view.FloorScroll, selectedTarget ?? (match.Floor.IsEmpty ? null : match.Floor.Length), body, glyphs);
        var right = AudienceMeter.Panel(match, glyphs, aw, body).Take(body).ToList();

        var lines = new List<Line>(top)
        {
            Styles.Fit(Pad(Line.Blank.Add("FLOOR", Tone.Heading).Add($"  {glyphs.Stands} stands {glyphs.Defeated} defeated, side, strength", Tone.Dim), lw)
                .Add(" | ", Tone.Dim).Add("AUDIENCE", Tone.Heading).Add(aw >= 40 ? "  for | undecided | against" : "  for|undec.|against", Tone.Dim), w),
        };
        for (var i = 0; i < body; i++)
        {
            var l = i < left.Count ? Styles.Fit(left[i], lw) : Line.Blank;
            var r = i < right.Count ? Styles.Fit(right[i], aw) : Line.Blank;
            lines.Add(Pad(l, lw).Add(" | ", Tone.Dim).Then(r));
        }

        lines.Add(Styles.Fit(handHead, w));
        lines.AddRange(shown.Select(l => Styles.Fit(l, w)));
        lines.AddRange(tail);
        return (lines, floorStart, body);
    }

    /// <summary>The panel under the floor, its rows cut to <paramref name="room"/> around the cursor.</summary>
    private static (Line Head, List<Line> Shown) Lower(BoardView view, Glyphs glyphs, int w, int room)
    {
        var match = view.State.Match;
        if (view.Targets is { } targets)
        {
            var card = match.Scenario.Card(targets[0].Card!.Value);
            var verb = card.Kind == CardKind.Evidence ? "SUPPORT WITH" : "ANSWER WITH";
            var head = Line.Blank.Add($"{verb} {card.Id}: ", Tone.Heading).Add(card.Tag, Tone.Strong).Add("  which argument?", Tone.Warn);
            var rows = new List<Line>();
            for (var i = 0; i < targets.Count; i++)
            {
                var arg = match.ArgumentById(targets[i].Target!.Value)!;
                var tag = match.Scenario.Card(arg.Card).Tag;
                var row = Line.Blank.Add(i == view.TargetCursor ? glyphs.Pointer + " " : "  ", Tone.Strong).Add($"{i + 1,2}  ", Tone.Strong)
                    .Add($"#{arg.Id} ", Tone.Strong).Add(arg.Side == Side.Alliance ? "A " : "P ", Line.SideTone(arg.Side)).Add(tag);
                rows.Add(i == view.TargetCursor ? HandLines.Pad(row.InTone(Tone.Selected), w) : row);
            }

            return (head, Window(rows, view.TargetCursor, room));
        }

        if (view.Hand is { } hand)
        {
            var owner = view.State.HandSeat is int s ? match.Seats[s].Name : "the speaker";
            var rows = HandLines.Rows(hand, view.Cursor, glyphs, w);
            var shown = Window(rows, view.Cursor, room);

            // A hand can outgrow a small window (the built-in format draws more than a speaker can say):
            // the heading says how much is out of sight rather than let cards vanish silently.
            return (HandLines.Heading(owner, hand.Length, rows.Count - shown.Count), shown);
        }

        var spotlight = (view.Spotlight ?? []).SelectMany(l => Styles.Wrap(l, w, 4)).ToList();
        return (Line.Of(view.HiddenHandNote ?? "Hands are hidden.", Tone.Heading), Window(spotlight, 0, room));
    }

    private static Line Pad(Line line, int width) => line.Length >= width ? line : line.Add(new string(' ', width - line.Length));

    private static List<Line> Window(IReadOnlyList<Line> rows, int focus, int room)
    {
        if (rows.Count <= room)
        {
            return [.. rows];
        }

        var start = Math.Clamp(focus - (room / 2), 0, rows.Count - room);
        return [.. rows.Skip(start).Take(room)];
    }

    private static (List<Line> Lines, int Start) FloorWindow(IReadOnlyList<(int Id, Line Line)> floor, int? scroll, int? focusId, int rows, Glyphs glyphs)
    {
        if (floor.Count == 0)
        {
            return ([Line.Of("Nothing on the floor yet.", Tone.Dim), Line.Of("The first speaker opens with a claim.", Tone.Dim)], 0);
        }

        if (floor.Count <= rows)
        {
            return ([.. floor.Select(f => f.Line)], 0);
        }

        var focusRow = focusId is int id ? Math.Max(0, floor.ToList().FindIndex(f => f.Id == id)) : 0;
        var start = scroll ?? Math.Clamp(focusRow - rows + 2, 0, floor.Count - rows);
        start = Math.Clamp(start, 0, floor.Count - rows);
        var window = floor.Skip(start).Take(rows).Select(f => f.Line).ToList();
        if (start > 0)
        {
            window[0] = Line.Of($"{glyphs.Up} {start} more above (PgUp)", Tone.Dim);
        }

        var below = floor.Count - start - rows;
        if (below > 0)
        {
            window[^1] = Line.Of($"{glyphs.Down} {below} more below (PgDn, or F for the whole floor)", Tone.Dim);
        }

        return (window, start);
    }

    private static List<Line> LogLines(BoardView view, int width, int count)
    {
        var log = view.State.Log;
        var lines = new List<Line>();
        foreach (var m in log.Skip(Math.Max(0, log.Count - count)))
        {
            var line = Line.Blank.Add($"{m.Number,3}. ", Tone.Dim).Add(m.Text);
            if (m.Reason is not null)
            {
                line = line.Add($"  \"{m.Reason}\"", Tone.Dim);
            }

            lines.Add(Styles.Fit(line, width));
        }

        while (lines.Count < count)
        {
            lines.Insert(0, lines.Count == 0 && log.Count == 0 ? Line.Of("No moves yet.", Tone.Dim) : Line.Blank);
        }

        return lines;
    }
}
