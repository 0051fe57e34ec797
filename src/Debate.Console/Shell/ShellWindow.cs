using Debate.Console.Pages;
using Debate.Console.Play;
using Debate.Console.Shell.Keys;
using Debate.Console.Shell.Screens;
using Debate.Console.Shell.Views;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using Line = Debate.Console.Pages.Line;

namespace Debate.Console.Shell;

/// <summary>
/// The one window of the board: the screen in front (with help pushed over it when asked for), a
/// question box over the screen when one is open, the key bar at the bottom, and a plea for more
/// room when the terminal is smaller than 80 x 24. Keys go first to the focused view, then to the
/// box, then to the screen's commands; Esc never closes the window by itself, and Ctrl+C leaves at
/// once (every completed move is already saved).
/// </summary>
internal sealed class ShellWindow : Runnable
{
    public const int MinWidth = 80;
    public const int MinHeight = 24;

    private readonly IApplication app;
    private readonly List<Screen> stack = [];
    private readonly KeyBar keyBar;
    private readonly LinesView tooSmall;
    private ConfirmBox? box;

    public ShellWindow(IApplication app, ShellSettings settings)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(settings);
        this.app = app;
        Theme = Theme.For(settings.Look);
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
        KeyBindings.Clear();
        keyBar = new KeyBar(() => Theme) { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill() };
        tooSmall = new LinesView(() => Theme) { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), Visible = false, CanFocus = false };
        Add(keyBar, tooSmall);
        app.Keyboard.KeyDown += OnAppKey;
    }

    public Theme Theme { get; private set; }

    /// <summary>The screen in front, if any.</summary>
    public Screen? Current => stack.Count == 0 ? null : stack[^1];

    /// <summary>Why the window was told to close early (Ctrl+C, a signal), or null.</summary>
    public string? Interrupted { get; private set; }

    /// <summary>Whether the terminal is too small for the board.</summary>
    public bool TooSmall => Viewport.Width < MinWidth || Viewport.Height < MinHeight;

    /// <summary>What the key bar shows now.</summary>
    public string KeyBarText => keyBar.Shown;

    /// <summary>Puts <paramref name="screen"/> in front in place of the current one (help pushed over it stays over it).</summary>
    public void Present(Screen screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        var helpOnTop = stack.Count > 1 && stack[^1] is PageScreen { IsHelp: true };
        var at = helpOnTop ? stack.Count - 2 : stack.Count - 1;
        if (at >= 0 && stack[at] != screen)
        {
            Remove(stack[at]);
            stack[at] = screen;
        }
        else if (at < 0)
        {
            stack.Add(screen);
        }

        Show();
    }

    /// <summary>Puts a screen over the current one until <see cref="Pop"/>.</summary>
    public void Push(Screen screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        stack.Add(screen);
        Show();
    }

    /// <summary>Takes <paramref name="screen"/> away and shows what was under it.</summary>
    public void Pop(Screen screen)
    {
        if (!stack.Remove(screen))
        {
            return;
        }

        Remove(screen);
        Show();
    }

    /// <summary>Opens the help of the screen in front.</summary>
    public void ShowHelp()
    {
        if (Current is PageScreen { IsHelp: true } || Current is null)
        {
            return;
        }

        var help = new PageScreen(this, HelpText.For(Current.Help, plain: false), isHelp: true);
        help.Closed += () => Pop(help);
        Push(help);
    }

    /// <summary>Asks a yes-or-no question in a box over the screen in front.</summary>
    public Task<bool> Ask(string title, string question)
    {
        var done = new TaskCompletionSource<bool>();
        Close(box);
        box = new ConfirmBox(this, title, question, yes =>
        {
            Close(box);
            done.TrySetResult(yes);
        });
        if (Current is { } current)
        {
            current.Enabled = false;
        }

        Add(box);
        box.SetFocus();
        Refresh(null);
        return done.Task;
    }

    /// <summary>Takes a new look from now on.</summary>
    public void Apply(ShellSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Theme = Theme.For(settings.Look);
        SetNeedsDraw();
        foreach (var view in SubViews)
        {
            view.SetNeedsDraw();
        }
    }

    /// <summary>Closes the window at once, leaving the match saved at its last completed move.</summary>
    public void Interrupt(string why)
    {
        Interrupted ??= why;
        app.RequestStop(this);
    }

    /// <summary>The key bar and the focus follow the screen in front.</summary>
    public void Refresh(Screen? changed)
    {
        if (changed is not null && changed != Current)
        {
            return;
        }

        var commands = box is not null ? box.Commands : Current?.Commands ?? [];
        if (box is null && Current is not null and not PageScreen { IsHelp: true })
        {
            commands = [.. commands, new ShellCommand(Current.TakesText ? "F1" : "?", "help", _ => false, ShowHelp, 4)];
        }

        keyBar.Show(commands);
        SetNeedsDraw();
    }

    /// <summary>Fills a view's background with the theme's plain colour (high contrast paints black).</summary>
    public void Paint(View view)
    {
        ArgumentNullException.ThrowIfNull(view);
        view.SetAttribute(Theme[Tone.Plain]);
        var blank = new string(' ', Math.Max(0, view.Viewport.Width));
        for (var y = 0; y < view.Viewport.Height; y++)
        {
            view.Move(0, y);
            view.AddStr(blank);
        }
    }

    protected override bool OnClearingViewport()
    {
        Paint(this);
        return true;
    }

    protected override void OnSubViewLayout(LayoutEventArgs args)
    {
        // Decided at every layout: a screen put in front before the first one (the menu, at start)
        // or while the terminal was small shows as soon as there is room.
        var small = TooSmall;
        tooSmall.Visible = small;
        keyBar.Visible = !small;
        if (Current is { } current)
        {
            current.Visible = !small;
        }

        if (box is not null)
        {
            box.Visible = !small;
        }

        if (small)
        {
            tooSmall.SetRows([
                Row.Of(Line.Of("Please make this window bigger.", Tone.Strong)),
                Row.Of(Line.Of($"The board needs at least {MinWidth} x {MinHeight}; it is {Viewport.Width} x {Viewport.Height} now.")),
                Row.Of(Line.Of("It will redraw by itself. Ctrl+C leaves; every move is saved.", Tone.Dim)),
            ]);
        }

        base.OnSubViewLayout(args);
    }

    protected override bool OnKeyDown(Key key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (TooSmall)
        {
            return true;
        }

        if (box is not null)
        {
            box.Handle(key);
            return true;
        }

        var screen = Current;
        if (screen is null)
        {
            return KeyRead.Is(key, Key.Esc);
        }

        if (KeyRead.Is(key, Key.F1) || (KeyRead.Char(key) == '?' && !screen.TakesText))
        {
            ShowHelp();
            return true;
        }

        foreach (var command in screen.Commands)
        {
            if (command.Matches(key))
            {
                command.Run();
                return true;
            }
        }

        // Esc must never fall through to the toolkit's own Quit, which would close the window.
        return KeyRead.Is(key, Key.Esc);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            app.Keyboard.KeyDown -= OnAppKey;
            foreach (var screen in stack.Where(s => s.SuperView is null))
            {
                screen.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private void OnAppKey(object? sender, Key key)
    {
        if (KeyRead.IsInterrupt(key))
        {
            key.Handled = true;
            Interrupt("Ctrl+C");
        }
    }

    private void Show()
    {
        var screen = Current;
        foreach (var other in stack.Where(s => s != screen && s.SuperView == this))
        {
            Remove(other);
        }

        if (screen is not null)
        {
            screen.Height = Dim.Fill(1);
            screen.Visible = !TooSmall || Viewport.Width == 0;
            screen.Enabled = box is null;
            if (screen.SuperView != this)
            {
                Add(screen);
                if (box is not null)
                {
                    // The box stays on top of whatever comes to the front under it.
                    Remove(box);
                    Add(box);
                }
            }

            if (box is null)
            {
                screen.Shown();
            }
        }

        Refresh(null);
    }

    private void Close(ConfirmBox? open)
    {
        if (open is null)
        {
            return;
        }

        Remove(open);
        open.Dispose();
        box = null;
        if (Current is { } current)
        {
            current.Enabled = true;
            current.Shown();
        }

        Refresh(null);
    }
}
