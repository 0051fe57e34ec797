using Debate.Console.Saves;
using Debate.Console.Shell;
using Debate.Console.Shell.Setup;
using Debate.Console.Shell.Terminal;
using Debate.Console.Shell.Ui;
using Debate.Console.Tests.Fakes;
using Debate.Core.Content;

namespace Debate.Console.Tests.Builders;

/// <summary>
/// A shell on a fake console: the sample scenario (or any given) as the only one on offer, saves in
/// a fresh temporary folder, opponents without pauses.
/// </summary>
internal sealed class TestShell : IDisposable
{
    public TestShell(int width = 100, int height = 30, bool plain = false, Scenario? scenario = null, Func<string, ScenarioLoad>? loader = null)
    {
        Console = new FakeConsole(width, height);
        Home = Path.Combine(Path.GetTempPath(), "debate-tests-" + Guid.NewGuid().ToString("N"));
        Scenario = scenario ?? SampleScenario.Build();
        var settings = new ShellSettings(plain, TimeSpan.Zero);
        Ui = plain ? new PlainUi(Console) : new FullScreenUi(new Screen(Console), settings);
        var catalog = new ScenarioCatalog(
            () => [new ScenarioOption("Sample debate", "test:sample")],
            loader ?? (source => source == "test:sample" ? new ScenarioLoad(Scenario, []) : new ScenarioLoad(null, [$"{source}:1:1: error: not a test scenario"])));
        Context = new ShellContext(Ui, catalog, new SaveStore(Home, TimeProvider.System), settings) { DebriefFolder = Home };
    }

    public FakeConsole Console { get; }

    public string Home { get; }

    public Scenario Scenario { get; }

    public IShellUi Ui { get; }

    public ShellContext Context { get; }

    public SaveStore Saves => Context.Saves;

    public FakeInput Press(params string[] keys) => Console.Keys.Press(keys);

    public void Dispose()
    {
        Console.Dispose();
        if (Directory.Exists(Home))
        {
            Directory.Delete(Home, recursive: true);
        }
    }
}
