using Debate.Console.Tests.Builders;
using NUnit.Framework;

namespace Debate.Console.Tests.EndToEnd;

/// <summary>
/// Tests that run the real shell in a tmux pseudo-terminal: each test gets its own DEBATE_HOME,
/// removed afterwards, and the fixture is skipped (with why) where tmux is missing.
/// </summary>
public abstract class ShellInTmuxFixture
{
    /// <summary>This test's DEBATE_HOME (saves live under it).</summary>
    protected string Home { get; private set; } = string.Empty;

    [SetUp]
    public void PrepareHome()
    {
        if (!TmuxTerminal.Available)
        {
            Assert.Ignore("tmux is not installed (.ci/run installs it).");
        }

        Home = Path.Combine(Path.GetTempPath(), "debate-tmux-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Home);
    }

    [TearDown]
    public void RemoveHome()
    {
        if (Directory.Exists(Home))
        {
            Directory.Delete(Home, recursive: true);
        }
    }

    /// <summary>From the main menu to the board of a practice match against the novice (the defaults and keys only), past the role sheet.</summary>
    private protected static void StartPractice(TmuxTerminal term)
    {
        term.WaitFor("Practice against an opponent");
        term.Keys("2", "Enter", "Enter", "1", "1");
        term.WaitFor("Start the match");
        term.Keys("5");
        term.WaitFor("Role sheet: You");
        term.Keys("Enter");
        term.WaitFor("HAND OF YOU");
    }

    /// <summary>The pane's command: the shell on this test's home, no opponent pacing, and its exit code shown after it ends.</summary>
    protected string ShellCommand() =>
        $"sh -c 'DEBATE_HOME={Home} DEBATE_PACE_MS=0 TERM=xterm-256color dotnet {Cli.Dll}; echo EXITED $?; sleep 120'";
}
