using Debate.Console.Pages;
using Debate.Console.Shell.Keys;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace Debate.Console.Shell.Views;

/// <summary>
/// A yes-or-no question in a framed box over the screen: Y or Enter says yes, N or Esc says no,
/// and both answers can be clicked. It sizes itself to its question, so nothing in it is hidden.
/// </summary>
internal sealed class ConfirmBox : View
{
    private readonly ShellWindow window;
    private readonly string title;
    private readonly string question;
    private readonly Action<bool> answer;
    private (int X, int Y, int Width) yes;
    private (int X, int Y, int Width) no;

    public ConfirmBox(ShellWindow window, string title, string question, Action<bool> answer)
    {
        this.window = window;
        this.title = title;
        this.question = question;
        this.answer = answer;
        CanFocus = true;
        KeyBindings.Clear();
        X = Pos.Center();
        Y = Pos.Center();
        Width = Dim.Func(_ => BoxWidth());
        Height = Dim.Func(_ => Lines(BoxWidth() - 4).Count + 5);
        Commands =
        [
            ShellCommand.OnChar('Y', "yes", () => answer(true), 0),
            ShellCommand.OnChar('N', "no", () => answer(false), 1),
            ShellCommand.OnKey("Enter", "yes", () => answer(true), 2, Key.Enter),
            ShellCommand.OnKey("Esc", "no", () => answer(false), 3, Key.Esc),
        ];
    }

    public IReadOnlyList<ShellCommand> Commands { get; }

    /// <summary>Answers a key; every key stops here while the box is open.</summary>
    public void Handle(Key key)
    {
        foreach (var command in Commands)
        {
            if (command.Matches(key))
            {
                command.Run();
                return;
            }
        }
    }

    protected override bool OnKeyDown(Key key)
    {
        Handle(key);
        return true;
    }

    protected override bool OnClearingViewport()
    {
        window.Paint(this);
        return true;
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var t = window.Theme;
        var w = Viewport.Width;
        var h = Viewport.Height;
        SetAttribute(t[Tone.Strong]);
        Move(0, 0);
        AddStr("┌" + new string('─', Math.Max(0, w - 2)) + "┐");
        for (var y = 1; y < h - 1; y++)
        {
            Move(0, y);
            AddStr("│");
            Move(w - 1, y);
            AddStr("│");
        }

        Move(0, h - 1);
        AddStr("└" + new string('─', Math.Max(0, w - 2)) + "┘");
        var head = TextFit.Cut(TextFit.Rows(Line.Of($" {title} "))[0], w - 4);
        Move(2, 0);
        SetAttribute(t[Tone.Heading]);
        AddStr(string.Concat(head.Select(g => g.Text)));
        var y2 = 2;
        foreach (var line in Lines(w - 4))
        {
            Move(2 + line.Indent, y2++);
            foreach (var g in line.Glyphs)
            {
                SetAttribute(t[g.Tone]);
                AddStr(g.Text);
            }
        }

        var by = h - 2;
        yes = (2, by, 7);
        no = (12, by, 6);
        Move(yes.X, by);
        SetAttribute(t[Tone.Key]);
        AddStr(" Y ");
        SetAttribute(t[Tone.Plain]);
        AddStr(" yes");
        Move(no.X, by);
        SetAttribute(t[Tone.Key]);
        AddStr(" N ");
        SetAttribute(t[Tone.Plain]);
        AddStr(" no");
        return true;
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        ArgumentNullException.ThrowIfNull(mouse);
        if (!mouse.IsSingleClicked || mouse.Position is not { } p)
        {
            return true;
        }

        if (p.Y == yes.Y && p.X >= yes.X && p.X < yes.X + yes.Width)
        {
            answer(true);
        }
        else if (p.Y == no.Y && p.X >= no.X && p.X < no.X + no.Width)
        {
            answer(false);
        }

        return true;
    }

    private int BoxWidth() => Math.Clamp(TextFit.Columns(question) + 4, 36, Math.Max(36, Math.Min(66, window.Viewport.Width - 4)));

    private List<DrawnLine> Lines(int width) => TextFit.Wrap(Line.Of(question, Tone.Strong), Math.Max(10, width), 0);
}
