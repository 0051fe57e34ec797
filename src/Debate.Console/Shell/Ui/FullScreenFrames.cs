using Debate.Console.Shell.Board;
using Debate.Console.Shell.Terminal;

namespace Debate.Console.Shell.Ui;

/// <summary>The full-screen frames of menus, questions and the hand-off, laid out for the screen's size.</summary>
internal static class FullScreenFrames
{
    public static List<Line> Choice(Screen screen, Choice choice, int cursor, Line? message)
    {
        var w = screen.Width;
        var body = new List<Line>();
        foreach (var line in choice.Intro ?? [])
        {
            body.AddRange(Styles.Wrap(line, w - 1, 2));
        }

        if (body.Count > 0)
        {
            body.Add(Line.Blank);
        }

        var room = Math.Max(3, screen.Height - body.Count - 8);
        var start = choice.Items.Count <= room ? 0 : Math.Clamp(cursor - (room / 2), 0, choice.Items.Count - room);
        for (var i = start; i < Math.Min(choice.Items.Count, start + room); i++)
        {
            var item = choice.Items[i];
            var number = i < 9 ? $"{i + 1}" : " ";
            var row = Line.Blank.Add(i == cursor ? $" {screen.Glyphs.Pointer} " : "   ", Tone.Strong).Add($"{number}  ", Tone.Strong)
                .Add(item.Label, item.Disabled is null ? Tone.Strong : Tone.Dim);
            if (item.Disabled is not null)
            {
                row = row.Add("  (not available)", Tone.Dim);
            }

            body.Add(Styles.Fit(i == cursor ? HandLines.Pad(row.InTone(Tone.Selected), w - 1) : row, w - 1));
        }

        var selected = choice.Items.Count > 0 ? choice.Items[cursor] : null;
        body.Add(Line.Blank);
        if (selected?.Detail is { } detail)
        {
            body.AddRange(Styles.Wrap(Line.Of(detail, Tone.Plain, 3), w - 1, 0));
        }

        if (message is not null)
        {
            body.Add(message.Indented(3));
        }

        var keys = Frames.Keys(("Up/Down", "move"), ("Enter", "choose"), ("1-9", "pick"), ("Esc", choice.Help == HelpTopic.MainMenu ? "quit" : "back"), ("?", "help"));
        return Frames.Page(choice.Title, body, keys, 0, w, screen.Height, screen.Glyphs).Lines;
    }

    public static List<Line> Ask(Screen screen, Question question, string text, Line? error)
    {
        var body = new List<Line>(question.Intro ?? []);
        if (body.Count > 0)
        {
            body.Add(Line.Blank);
        }

        body.Add(Line.Blank.Add(question.Prompt + " ", Tone.Strong).Add(text, Tone.Plain).Add(screen.Glyphs.TimeFull, Tone.Warn));
        if (question.Default is not null)
        {
            body.Add(Line.Of($"Press Enter for: {question.Default}", Tone.Dim));
        }

        body.Add(Line.Blank);
        if (error is not null)
        {
            body.Add(error);
        }

        var keys = Frames.Keys(("Enter", "accept"), ("Backspace", "erase"), ("Esc", "back"), ("?", "help (when empty)"));
        return Frames.Page(question.Title, body, keys, 0, screen.Width, screen.Height, screen.Glyphs).Lines;
    }

    public static List<Line> HandOff(Screen screen, HandOffNote note)
    {
        var w = screen.Width;
        var tone = Line.SideTone(note.Side);
        var body = new List<Line> { Line.Blank, Line.Of("Pass the keyboard to", Tone.Strong, 4), Line.Blank };
        var big = BigText.Lines(note.Name, w - 4);
        body.AddRange(big.Count > 0 && big.Count <= screen.Height - 14 ? big.Select(b => Line.Of(b, tone, 4)) : [Line.Of(note.Name.ToUpperInvariant(), tone, 4)]);
        body.Add(Line.Blank);
        body.Add(Line.Blank.Add($"{note.Side}", tone).Add($"  {note.Purpose}", Tone.Strong).Indented(4));
        body.Add(Line.Blank);
        body.Add(Line.Of("Every hand is hidden. Everyone else: please look away from the screen.", Tone.Plain, 4));
        body.Add(Line.Of($"{note.Name}: press Enter when you are ready.", Tone.Warn, 4));
        var keys = Frames.Keys(("Enter", $"I am {note.Name}"), ("Q", "save and leave"), ("?", "help"));
        var above = Math.Max(0, (screen.Height - 4 - body.Count) / 3);
        return Frames.Page("PASS THE KEYBOARD", [.. Enumerable.Repeat(Line.Blank, above), .. body], keys, 0, w, screen.Height, screen.Glyphs).Lines;
    }
}
