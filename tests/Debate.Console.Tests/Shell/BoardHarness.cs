using System.Text;
using Debate.Console.Play;
using Debate.Console.Saves;
using Debate.Console.Shell;
using Debate.Console.Shell.Hosting;
using Debate.Core.Content;
using NUnit.Framework;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Text;
using Terminal.Gui.Time;
using Point = System.Drawing.Point;

namespace Debate.Console.Tests.Shell;

/// <summary>
/// The board without a terminal: Terminal.Gui's ANSI driver with real I/O off, a virtual clock,
/// keys and mouse events injected, and the screen read back cell by cell. The sample scenario (or
/// any given) is the only one on offer, saves go to a fresh temporary folder, opponents do not pause.
/// </summary>
internal sealed class BoardHarness : IDisposable
{
    private readonly SynchronizationContext? previous;
    private readonly Terminal.Gui.App.SessionToken? token;

    static BoardHarness() => Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");

    public BoardHarness(int width = 80, int height = 24, Scenario? scenario = null, Func<string, Play.ScenarioLoad>? loader = null, ShellSettings? settings = null)
    {
        Home = Path.Combine(Path.GetTempPath(), "debate-board-" + Guid.NewGuid().ToString("N"));
        Scenario = scenario ?? SampleScenario.Build();
        Settings = settings ?? new ShellSettings(false, TimeSpan.Zero);
        Time = new VirtualTimeProvider();
        App = Application.Create(Time);
        App.Init(DriverRegistry.Names.ANSI);
        App.Driver!.SetScreenSize(width, height);
        Window = new ShellWindow(App, Settings);
        token = App.Begin(Window);
        previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(new UiContext(App));
        Ui = new TuiShell(App, Window, Settings);
        var catalog = new ScenarioCatalog(
            () => [new ScenarioOption("Sample debate", "test:sample")],
            loader ?? (source => source == "test:sample" ? new Play.ScenarioLoad(Scenario, []) : new Play.ScenarioLoad(null, [$"{source}:1:1: error: not a test scenario"])));
        Context = new ShellContext(Ui, catalog, new SaveStore(Home, TimeProvider.System), Settings);
    }

    public IApplication App { get; }

    public VirtualTimeProvider Time { get; }

    public ShellWindow Window { get; }

    public TuiShell Ui { get; }

    public ShellContext Context { get; }

    public ShellSettings Settings { get; }

    public Scenario Scenario { get; }

    public string Home { get; }

    public SaveStore Saves => Context.Saves;

    /// <summary>Starts a flow on the board and lets it run until it waits for a key.</summary>
    public Task<T> Start<T>(Func<ShellContext, Task<T>> flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var task = flow(Context);
        Pump();
        return task;
    }

    /// <summary>Presses keys: names such as Enter, Esc, Up, Tab, F1, Ctrl+C; any other text is typed character by character.</summary>
    public void Press(params string[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var name in keys)
        {
            foreach (var key in Keys(name))
            {
                App.InjectKey(key);
                Pump();
            }
        }
    }

    public void Click(int x, int y)
    {
        App.InjectSequence(InputInjectionExtensions.LeftButtonClick(new Point(x, y)));
        Pump();
    }

    public void DoubleClick(int x, int y)
    {
        // Apart from any earlier click, so the two clicks of this one are not read as a triple.
        Time.Advance(TimeSpan.FromSeconds(1));
        App.InjectSequence(InputInjectionExtensions.LeftButtonDoubleClick(new Point(x, y)));
        Pump();
    }

    public void Wheel(int x, int y, bool down = true)
    {
        App.InjectMouse(new Mouse { ScreenPosition = new Point(x, y), Flags = down ? MouseFlags.WheeledDown : MouseFlags.WheeledUp });
        Pump();
    }

    /// <summary>Clicks the entry of the key bar (the last row) that does <paramref name="label"/>.</summary>
    public void ClickKey(string label)
    {
        var rows = Rows();
        var at = rows[^1].IndexOf(" " + label, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new AssertionException($"The key bar has no '{label}': {rows[^1]}");
        }

        Click(rows[^1][..(at + 1)].GetColumns(), rows.Count - 1);
    }

    /// <summary>Clicks the first place on screen (left of column <paramref name="before"/>) where <paramref name="text"/> is written.</summary>
    public void ClickOn(string text, bool twice = false, int before = int.MaxValue)
    {
        var (x, y) = Find(text, before) ?? throw new AssertionException($"'{text}' is not on screen:\n{Screen}");
        if (twice)
        {
            DoubleClick(x, y);
        }
        else
        {
            Click(x, y);
        }
    }

    public void Resize(int width, int height)
    {
        App.Driver!.SetScreenSize(width, height);
        Pump();
    }

    public void Advance(TimeSpan time)
    {
        Time.Advance(time);
        Pump();
    }

    /// <summary>Runs what is due: posted continuations, timers, an opponent thinking on another thread; then draws.</summary>
    public void Pump()
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            App.TimedEvents!.RunTimers();
            if (!Ui.Thinking)
            {
                break;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException("An opponent thought for more than 30 seconds.");
            }

            Thread.Sleep(1);
        }

        App.TimedEvents!.RunTimers();
        App.LayoutAndDraw();
    }

    /// <summary>The screen as text, one line a row (a wide character's second cell is not repeated).</summary>
    public string Screen => string.Join('\n', Rows());

    public IReadOnlyList<string> Rows()
    {
        var contents = App.Driver!.Contents!;
        var rows = new List<string>();
        for (var r = 0; r < App.Driver.Rows; r++)
        {
            var sb = new StringBuilder();
            for (var c = 0; c < App.Driver.Cols; c++)
            {
                var g = contents[r, c].Grapheme ?? " ";
                sb.Append(g.Length == 0 ? " " : g);
                if (g.GetColumns() == 2)
                {
                    c++;
                }
            }

            rows.Add(sb.ToString().TrimEnd());
        }

        return rows;
    }

    /// <summary>Where <paramref name="text"/> first appears on screen (column, row), counting columns as cells.</summary>
    public (int X, int Y)? Find(string text, int before = int.MaxValue)
    {
        var rows = Rows();
        for (var y = 0; y < rows.Count; y++)
        {
            var at = rows[y].IndexOf(text, StringComparison.Ordinal);
            if (at >= 0 && rows[y][..at].GetColumns() < before)
            {
                return (rows[y][..at].GetColumns(), y);
            }
        }

        return null;
    }

    public void Dispose()
    {
        SynchronizationContext.SetSynchronizationContext(previous);
        if (token is not null)
        {
            App.End(token);
        }

        Window.Dispose();
        App.Dispose();
        if (Directory.Exists(Home))
        {
            Directory.Delete(Home, recursive: true);
        }
    }

    private static IEnumerable<Key> Keys(string name) => name switch
    {
        "Enter" => [Key.Enter],
        "Esc" => [Key.Esc],
        "Up" => [Key.CursorUp],
        "Down" => [Key.CursorDown],
        "Left" => [Key.CursorLeft],
        "Right" => [Key.CursorRight],
        "Tab" => [Key.Tab],
        "PgUp" => [Key.PageUp],
        "PgDn" => [Key.PageDown],
        "Home" => [Key.Home],
        "End" => [Key.End],
        "F1" => [Key.F1],
        "Space" => [Key.Space],
        "Backspace" => [Key.Backspace],
        "Ctrl+C" => [Key.C.WithCtrl],
        _ => name.Select(c => new Key(c)),
    };
}
