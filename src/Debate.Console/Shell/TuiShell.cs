using Debate.Console.Pages;
using Debate.Console.Play;
using Debate.Console.Shell.Screens;
using Terminal.Gui.App;

namespace Debate.Console.Shell;

/// <summary>
/// The board's answer to everything the menus and the match ask (<see cref="IShellUi"/>): each
/// question puts a screen in front and completes when a key or a click answers it. Opponents think
/// on another thread; their move comes back to the UI thread through the application's timers.
/// </summary>
internal sealed class TuiShell(IApplication app, ShellWindow window, ShellSettings settings) : IShellUi
{
    private BoardScreen? board;
    private int thinking;
    private TimeSpan pace = settings.Pace;

    public ShellWindow Window => window;

    /// <summary>Whether an opponent is thinking on another thread now (tests wait for it).</summary>
    public bool Thinking => Volatile.Read(ref thinking) > 0;

    /// <summary>The board, once a match has shown it.</summary>
    public BoardScreen? CurrentBoard => board;

    public Task<int?> Choose(Choice choice)
    {
        var screen = new ChoiceScreen(window, choice);
        window.Present(screen);
        return screen.Result;
    }

    public Task<string?> Ask(Question question)
    {
        var screen = new AskScreen(window, question);
        window.Present(screen);
        return screen.Result;
    }

    public Task<bool> Confirm(string title, string question, HelpTopic help) => window.Ask(title, question);

    public Task Show(Page page)
    {
        var done = new TaskCompletionSource();
        var screen = new PageScreen(window, page, close: "continue");
        screen.Closed += () => done.TrySetResult();
        window.Present(screen);
        return done.Task;
    }

    public Task<bool> HandOff(HandOffNote note)
    {
        var screen = new HandOffScreen(window, note);
        window.Present(screen);
        return screen.Result;
    }

    public Task<TurnAction> Turn(TurnContext turn)
    {
        var screen = Board();
        window.Present(screen);
        return screen.BeginTurn(turn);
    }

    public Task Watch(BoardState state, string note)
    {
        var screen = Board();
        window.Present(screen);
        screen.ShowWatching(state, note);
        return Task.CompletedTask;
    }

    public async Task<T> Think<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Interlocked.Increment(ref thinking);
        try
        {
            // Off the UI thread: the champion's search takes its time budget, and the screen must not freeze.
            return await Task.Run(work);
        }
        finally
        {
            Interlocked.Decrement(ref thinking);
        }
    }

    public Task Played(BoardState state, PlayedMove move)
    {
        var screen = Board();
        window.Present(screen);
        return screen.ShowPlayed(state, move, pace);
    }

    public Task Replay(ReplayTape tape)
    {
        // A replay gets a board of its own, so the match's board keeps its numbering and selection.
        var screen = new BoardScreen(window);
        window.Present(screen);
        return screen.BeginReplay(tape);
    }

    public void Apply(ShellSettings value)
    {
        ArgumentNullException.ThrowIfNull(value);
        pace = value.Pace;
        window.Apply(value);
        app.LayoutAndDraw(true);
    }

    private BoardScreen Board() => board ??= new BoardScreen(window);
}
