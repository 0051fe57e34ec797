using Debate.Console.Pages;
using Debate.Console.Shell.Keys;
using Debate.Console.Shell.Views;
using Terminal.Gui.ViewBase;

namespace Debate.Console.Shell.Screens;

/// <summary>
/// One screen of the shell (a menu, a question, a page, the hand-off, the board): a view filling
/// the window above the key bar, the commands its keys run, and the help behind F1 and <c>?</c>.
/// </summary>
internal abstract class Screen : View
{
    protected Screen(ShellWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        Window = window;
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
        KeyBindings.Clear();
    }

    public ShellWindow Window { get; }

    protected Theme Theme => Window.Theme;

    /// <summary>The help F1 shows here.</summary>
    public abstract HelpTopic Help { get; }

    /// <summary>The keys of this screen now, in the order the key bar lists them.</summary>
    public abstract IReadOnlyList<ShellCommand> Commands { get; }

    /// <summary>Whether the screen has a text field, so that <c>?</c> types a question mark rather than opening help.</summary>
    public virtual bool TakesText => false;

    /// <summary>Called each time the screen comes to the front: focus the view that should have it.</summary>
    public virtual void Shown()
    {
    }

    /// <summary>Tells the window the keys or the rows changed (the key bar redraws).</summary>
    protected void Changed()
    {
        Window.Refresh(this);
        SetNeedsDraw();
    }

    protected LinesView NewLines(bool wrap = true, bool selectable = false, int hang = 2) =>
        new(() => Window.Theme) { Wrap = wrap, Selectable = selectable, Hang = hang };

    protected override bool OnClearingViewport()
    {
        Window.Paint(this);
        return true;
    }
}
