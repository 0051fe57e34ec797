using Debate.Console.Pages;
using Terminal.Gui.ViewBase;

namespace Debate.Console.Shell.Views;

/// <summary>A screen's title on a bar across the top, in large enough contrast to be read from the back of the room.</summary>
internal sealed class TitleBar : View
{
    private readonly Func<Theme> theme;
    private Line text = Line.Blank;

    public TitleBar(Func<Theme> theme)
    {
        this.theme = theme;
        Height = 1;
        Width = Dim.Fill();
        CanFocus = false;
        KeyBindings.Clear();
    }

    public Line Heading
    {
        get => text;
        set
        {
            text = value;
            SetNeedsDraw();
        }
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var t = theme();
        SetAttribute(t[Tone.Key]);
        Move(0, 0);
        AddStr(new string(' ', Viewport.Width));
        Move(1, 0);
        foreach (var g in TextFit.Cut(text, Math.Max(1, Viewport.Width - 2)).Glyphs)
        {
            AddStr(g.Text);
        }

        return true;
    }
}
