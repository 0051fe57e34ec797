using Debate.Console.Pages;
using Debate.Console.Shell.Keys;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace Debate.Console.Shell.Views;

/// <summary>
/// The status bar: the keys of the screen at hand, most useful first, as many as fit; each entry
/// can be clicked. It is drawn from the screen's own commands, so it cannot name a key that does
/// something else.
/// </summary>
internal sealed class KeyBar : View
{
    private readonly Func<Theme> theme;
    private readonly List<(int From, int To, ShellCommand Command)> placed = [];
    private IReadOnlyList<ShellCommand> commands = [];

    public KeyBar(Func<Theme> theme)
    {
        this.theme = theme;
        CanFocus = false;
        KeyBindings.Clear();
        Height = 1;
    }

    /// <summary>What the bar shows now, for tests.</summary>
    public string Shown => string.Join("  ", Fitted(Viewport.Width).Select(c => $"{c.KeyText} {c.Label}"));

    public void Show(IReadOnlyList<ShellCommand> value)
    {
        commands = value;
        SetNeedsDraw();
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var t = theme();
        var width = Viewport.Width;
        placed.Clear();
        SetAttribute(t[Tone.Plain]);
        Move(0, 0);
        AddStr(new string(' ', width));
        var x = 0;
        foreach (var c in Fitted(width))
        {
            Move(x, 0);
            SetAttribute(t[Tone.Key]);
            AddStr($" {c.KeyText} ");
            SetAttribute(t[Tone.Plain]);
            AddStr($" {c.Label}");
            var end = x + Columns(c);
            placed.Add((x, end, c));
            x = end + 1;
        }

        return true;
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        ArgumentNullException.ThrowIfNull(mouse);
        if (!mouse.IsSingleClicked || mouse.Position is not { } p)
        {
            return false;
        }

        foreach (var (from, to, command) in placed)
        {
            if (p.X >= from && p.X < to)
            {
                command.Run();
                return true;
            }
        }

        return false;
    }

    private static int Columns(ShellCommand c) => TextFit.Columns(c.KeyText) + 2 + 1 + TextFit.Columns(c.Label);

    /// <summary>The commands that fit, in rank order kept stable, left to right.</summary>
    private List<ShellCommand> Fitted(int width)
    {
        var visible = commands.Where(c => !c.Hidden).ToList();
        var chosen = new HashSet<ShellCommand>();
        var used = 0;
        foreach (var c in visible.OrderBy(c => c.Rank))
        {
            var w = Columns(c) + (chosen.Count > 0 ? 1 : 0);
            if (used + w <= width)
            {
                chosen.Add(c);
                used += w;
            }
        }

        return [.. visible.Where(chosen.Contains)];
    }
}
