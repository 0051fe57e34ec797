using Debate.Console.Pages;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace Debate.Console.Shell.Views;

/// <summary>
/// The board's workhorse: rows of styled words, word-wrapped (or cut with an ellipsis) to the
/// view's width in terminal columns, scrolled with the keys and the wheel, with an optional
/// selection over the rows' items. What lies out of sight is said on a row of its own
/// ("▼ 3 more below"), never hidden. A click selects an item, a double-click activates it.
/// Letters and digits are left to the screen: this view never swallows them.
/// </summary>
internal sealed class LinesView : View
{
    private readonly Func<Theme> theme;
    private IReadOnlyList<Row> rows = [];
    private List<DrawnLine>? laidOut;
    private int laidOutWidth = -1;
    private int top;
    private bool revealSelection;

    public LinesView(Func<Theme> theme)
    {
        this.theme = theme;
        CanFocus = true;

        // Enter and Space belong to the screen (play, choose), never to the list's own Accept.
        KeyBindings.Clear();
    }

    /// <summary>Word-wrap long rows (true) or cut them with an ellipsis (false).</summary>
    public bool Wrap { get; init; } = true;

    /// <summary>How far continuation rows of a wrapped row hang in.</summary>
    public int Hang { get; init; } = 2;

    /// <summary>Whether the arrows move a selection over items (true) or scroll (false).</summary>
    public bool Selectable { get; init; }

    /// <summary>Items the selection may rest on; null means every item in the rows.</summary>
    public IReadOnlySet<int>? Choosable { get; set; }

    /// <summary>The item selected, or -1.</summary>
    public int Selected { get; private set; } = -1;

    /// <summary>Raised when the keys or a click move the selection.</summary>
    public event Action<int>? SelectionChanged;

    /// <summary>Raised on a single click on an item (after it is selected).</summary>
    public event Action<int>? ItemClicked;

    /// <summary>Raised on a double-click on an item.</summary>
    public event Action<int>? ItemActivated;

    public IReadOnlyList<Row> Rows => rows;

    /// <summary>The rows on screen now, as laid out at the current width (for tests and the screen's own checks).</summary>
    public IReadOnlyList<DrawnLine> Drawn => Layout(TextWidth);

    /// <summary>A selectable list keeps its first column for the ▶ that marks the selection, so it shows without colour.</summary>
    private int Gutter => Selectable ? 1 : 0;

    private int TextWidth => Math.Max(1, Viewport.Width - Gutter);

    /// <summary>Replaces the rows; the scroll position is kept where it still makes sense.</summary>
    public void SetRows(IReadOnlyList<Row> value, bool keepScroll = true)
    {
        ArgumentNullException.ThrowIfNull(value);
        rows = value;
        laidOut = null;
        if (!keepScroll)
        {
            top = 0;
        }

        SetNeedsDraw();
    }

    /// <summary>Selects an item (without raising <see cref="SelectionChanged"/>) and scrolls it into sight.</summary>
    public void Select(int item)
    {
        Selected = item;
        revealSelection = true;
        SetNeedsDraw();
    }

    /// <summary>Scrolls by <paramref name="lines"/> (negative: up).</summary>
    public void ScrollBy(int lines)
    {
        var all = Layout(TextWidth);
        top = Math.Clamp(top + lines, 0, MaxTop(all.Count));
        SetNeedsDraw();
    }

    public void ScrollToTop()
    {
        top = 0;
        SetNeedsDraw();
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var t = theme();
        var width = Viewport.Width;
        var height = Viewport.Height;
        var all = Layout(TextWidth);
        if (revealSelection)
        {
            Reveal(all);
            revealSelection = false;
        }

        top = Math.Clamp(top, 0, MaxTop(all.Count));
        var (up, shown, down) = Window(all.Count);
        var y = 0;
        if (up)
        {
            DrawNote(y++, $"▲ {top} more above", t, width);
        }

        for (var i = 0; i < shown; i++, y++)
        {
            var line = all[top + i];
            var selected = Selected >= 0 && line.Item == Selected;
            SetAttribute(selected ? t[Tone.Selected] : t[Tone.Plain]);
            Move(0, y);
            AddStr(new string(' ', width));
            if (selected && Gutter > 0 && (top + i == 0 || all[top + i - 1].Item != line.Item))
            {
                Move(0, y);
                AddStr("▶");
            }

            Move(Gutter + line.Indent, y);
            foreach (var g in line.Glyphs)
            {
                SetAttribute(selected ? t[Tone.Selected] : t[g.Tone]);
                AddStr(g.Text);
            }
        }

        if (down)
        {
            var below = all.Count - top - shown;
            DrawNote(y++, HasFocus || !CanFocus || Selectable ? $"▼ {below} more below" : $"▼ {below} more: wheel or Tab", t, width);
        }

        SetAttribute(t[Tone.Plain]);
        for (; y < height; y++)
        {
            Move(0, y);
            AddStr(new string(' ', width));
        }

        return true;
    }

    protected override bool OnKeyDown(Key key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var page = Math.Max(1, Viewport.Height - 2);
        var code = key.KeyCode;
        if (code == Key.CursorUp.KeyCode)
        {
            return Step(-1);
        }

        if (code == Key.CursorDown.KeyCode)
        {
            return Step(1);
        }

        if (code == Key.PageUp.KeyCode)
        {
            return Selectable && Items().Count > 0 ? Step(-page) : Scroll(-page);
        }

        if (code == Key.PageDown.KeyCode)
        {
            return Selectable && Items().Count > 0 ? Step(page) : Scroll(page);
        }

        if (code == Key.Home.KeyCode)
        {
            return Selectable && Items().Count > 0 ? Step(-int.MaxValue / 2) : Scroll(-int.MaxValue / 2);
        }

        if (code == Key.End.KeyCode)
        {
            return Selectable && Items().Count > 0 ? Step(int.MaxValue / 2) : Scroll(int.MaxValue / 2);
        }

        return false;
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        ArgumentNullException.ThrowIfNull(mouse);
        if (mouse.Flags.HasFlag(MouseFlags.WheeledDown))
        {
            return Scroll(3);
        }

        if (mouse.Flags.HasFlag(MouseFlags.WheeledUp))
        {
            return Scroll(-3);
        }

        if (!mouse.IsSingleClicked && !mouse.IsDoubleClicked)
        {
            return false;
        }

        var all = Layout(TextWidth);
        var (up, shown, down) = Window(all.Count);
        var y = mouse.Position?.Y ?? -1;
        if (up && y == 0)
        {
            return Scroll(-Math.Max(1, Viewport.Height - 2));
        }

        var index = y - (up ? 1 : 0);
        if (down && index == shown)
        {
            return Scroll(Math.Max(1, Viewport.Height - 2));
        }

        if (index < 0 || index >= shown)
        {
            return false;
        }

        var item = all[top + index].Item;
        if (item < 0 || (Choosable is { } allowed && !allowed.Contains(item)))
        {
            return false;
        }

        if (!HasFocus)
        {
            SetFocus();
        }

        if (mouse.IsDoubleClicked)
        {
            ItemActivated?.Invoke(item);
            return true;
        }

        if (Selected != item)
        {
            Selected = item;
            SetNeedsDraw();
            SelectionChanged?.Invoke(item);
        }

        ItemClicked?.Invoke(item);
        return true;
    }

    private void DrawNote(int y, string text, Theme t, int width)
    {
        SetAttribute(t[Tone.Dim]);
        Move(0, y);
        AddStr(new string(' ', width));
        Move(0, y);
        AddStr(TextFit.Cut(TextFit.Rows(Line.Of(text))[0], width).Aggregate(string.Empty, (s, g) => s + g.Text));
    }

    private bool Step(int delta)
    {
        var items = Items();
        if (!Selectable || items.Count == 0)
        {
            return Scroll(delta);
        }

        var at = items.IndexOf(Selected);
        var next = at < 0 ? (delta > 0 ? 0 : items.Count - 1) : Math.Clamp(at + delta, 0, items.Count - 1);
        if (items[next] != Selected)
        {
            Selected = items[next];
            revealSelection = true;
            SetNeedsDraw();
            SelectionChanged?.Invoke(Selected);
        }

        return true;
    }

    private bool Scroll(int delta)
    {
        ScrollBy(delta);
        return true;
    }

    /// <summary>Items in row order, each once, limited to those choosable.</summary>
    private List<int> Items() => [.. rows.Select(r => r.Item).Where(i => i >= 0 && (Choosable is null || Choosable.Contains(i))).Distinct()];

    private List<DrawnLine> Layout(int width)
    {
        if (laidOut is not null && laidOutWidth == width)
        {
            return laidOut;
        }

        var all = new List<DrawnLine>();
        foreach (var row in rows)
        {
            if (Wrap)
            {
                all.AddRange(TextFit.Wrap(row.Line, width, Hang, row.Item));
            }
            else
            {
                all.Add(TextFit.Cut(row.Line, width, row.Item));
            }
        }

        laidOut = all;
        laidOutWidth = width;
        return all;
    }

    /// <summary>Whether a "more above" row shows, how many content rows fit, and whether a "more below" row shows.</summary>
    private (bool Up, int Shown, bool Down) Window(int total)
    {
        var height = Math.Max(1, Viewport.Height);
        if (total <= height)
        {
            return (false, total, false);
        }

        var up = top > 0;
        var rowsLeft = height - (up ? 1 : 0);
        var down = top + rowsLeft < total;
        var shown = Math.Max(1, rowsLeft - (down ? 1 : 0));
        return (up, Math.Min(shown, total - top), down);
    }

    private int MaxTop(int total)
    {
        var height = Math.Max(1, Viewport.Height);
        if (total <= height)
        {
            return 0;
        }

        // The first top from which the last line is in sight (with the "more above" row showing).
        return Math.Max(0, total - (height - 1));
    }

    private void Reveal(List<DrawnLine> all)
    {
        if (Selected < 0)
        {
            return;
        }

        var first = all.FindIndex(l => l.Item == Selected);
        if (first < 0)
        {
            return;
        }

        var last = all.FindLastIndex(l => l.Item == Selected);
        if (first < top)
        {
            top = first;
        }

        while (true)
        {
            var (_, shown, _) = Window(all.Count);
            if (last < top + shown || top >= MaxTop(all.Count))
            {
                break;
            }

            top++;
        }

        if (first < top)
        {
            top = first;
        }
    }
}
