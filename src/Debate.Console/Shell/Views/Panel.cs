using Debate.Console.Pages;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace Debate.Console.Shell.Views;

/// <summary>A part of the board: a heading row, reversed while the panel has the keys, over its rows.</summary>
internal sealed class Panel : View
{
    private readonly Func<Theme> theme;
    private Line heading = Line.Blank;

    public Panel(Func<Theme> theme, LinesView body)
    {
        ArgumentNullException.ThrowIfNull(body);
        this.theme = theme;
        Body = body;
        CanFocus = true;
        KeyBindings.Clear();
        body.X = 0;
        body.Y = 1;
        body.Width = Dim.Fill();
        body.Height = Dim.Fill();
        body.HasFocusChanged += (_, _) => SetNeedsDraw();
        Add(body);
    }

    public LinesView Body { get; }

    public Line Heading
    {
        get => heading;
        set
        {
            heading = value;
            SetNeedsDraw();
        }
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var t = theme();
        var focused = Body.HasFocus && Body.CanFocus;
        var width = Viewport.Width;
        SetAttribute(focused ? t[Tone.Key] : t[Tone.Plain]);
        Move(0, 0);
        AddStr(new string(' ', width));
        Move(0, 0);
        foreach (var g in TextFit.Cut(heading, width).Glyphs)
        {
            SetAttribute(focused ? t[Tone.Key] : t[g.Tone]);
            AddStr(g.Text);
        }

        return true;
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        ArgumentNullException.ThrowIfNull(mouse);
        if (mouse.IsSingleClicked && mouse.Position?.Y == 0 && Body.CanFocus)
        {
            Body.SetFocus();
            return true;
        }

        return false;
    }
}
