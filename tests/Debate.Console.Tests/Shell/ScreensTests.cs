using Debate.Console.Play;
using Debate.Console.Shell.Screens;
using Debate.Core.Content;
using NUnit.Framework;
using static Debate.Console.Tests.Shell.ScreenDriver;

namespace Debate.Console.Tests.Shell;

public sealed class ScreensTests
{
    [Test]
    public void Help_OnEveryScreen_ByF1AndQuestionMark()
    {
        using var board = new BoardHarness();
        var run = board.Start(c => new MainMenu(c).Run());
        AssertHelp(board, "Keys in menus");
        board.Press("2", "Enter");                               // practice: the scenario, then the name
        AssertHelp(board, "Setting up a match", viaF1Only: true);
        board.Press("Enter", "1", "1", "Enter");                 // Alliance, novice, start
        AssertHelp(board, "Your role sheet");
        board.Press("Enter");
        AssertHelp(board, "Keys on the board");
        board.Press("q");
        Assert.That(board.Screen, Does.Contain("Leave the match?"));
        board.Press("y");
        AssertHelp(board, "Keys in menus");
        board.Press("8");
        Assert.That(run.IsCompletedSuccessfully, Is.True);
    }

    [Test]
    public void Scenarios_ChoosingOne_DescribesItsMotionAndFormat()
    {
        using var board = new BoardHarness();
        board.Start(c => new MainMenu(c).Run());
        board.Press("5", "1");

        Assert.That(board.Screen, Does.Contain("Scenario: Sample").And.Contain("Format"));
    }

    [Test]
    public void Verdict_Replay_StepsThroughTheMatch_AndShowsTheVerdict()
    {
        using var board = new BoardHarness(100, 30);
        var run = board.Start(c => new MatchRunner(c).Start(Plan(board, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));
        EndEverySpeech(board, run);
        board.Press("Enter", "2");
        Assert.That(board.Screen, Does.Contain("REPLAY 0/"));
        board.Press("Right", "Right");
        Assert.That(board.Screen, Does.Contain("REPLAY 2/").And.Contain("JUST NOW"));
        Assert.That(board.Screen, Does.Contain("HAND OF"), "a finished match shows each speaker's hand");
        board.Press("j", "3", "Enter");
        Assert.That(board.Screen, Does.Contain("REBUTTAL"));
        board.Press("End", "v");
        Assert.That(board.Screen, Does.Contain("VERDICT"));
        board.Press("Enter", "Esc", "4");
        Assert.That(run.IsCompletedSuccessfully, Is.True);
    }

    [Test]
    public void Replay_OfAMatchInProgress_ShowsNoHand()
    {
        using var board = new BoardHarness(100, 30);
        var (seed, index) = SeedWhereAllianceHolds(board.Scenario, CardKind.Claim, h => h.Playable);
        board.Start(c => new MatchRunner(c).Start(Plan(board, seed, ("Ana", Side.Alliance, "human"), ("Ben", Side.Partnership, "human"))));
        board.Press("Enter", "Enter", "Enter", "Enter", "Enter", $"{index + 1}", "Enter", "q", "y");

        var menu = board.Start(c => new MainMenu(c).Run());
        board.Press("4", "1");
        Assert.That(board.Screen, Does.Contain("REPLAY 0/1"));
        board.Press("Right");
        Assert.That(board.Screen, Does.Contain("REPLAY 1/1").And.Not.Contain("HAND OF"));
        Assert.That(board.Screen, Does.Contain("HANDS HIDDEN · the match is not over yet"));
        board.Press("Esc", "8");
        Assert.That(menu.IsCompletedSuccessfully, Is.True);
    }

    [Test]
    public void Settings_HighContrast_IsKeptForTheNextRun()
    {
        using var board = new BoardHarness();
        var run = board.Start(c => new MainMenu(c).Run());
        board.Press("6", "1", "2");
        Assert.That(board.Screen, Does.Contain("Look: high contrast"));
        Assert.That(board.Window.Theme.Look, Is.EqualTo(ShellTheme.HighContrast));
        board.Press("Esc", "8");

        var again = ShellSettings.FromEnvironment(false, board.Saves.Home);
        Assert.That(again.Theme, Is.EqualTo(ShellTheme.HighContrast));
        Assert.That(run.IsCompletedSuccessfully, Is.True);
    }

    [Test]
    public void Verdict_DebriefIsSavedUnderTheSaveFolder_AndItsFullPathIsShown()
    {
        using var board = new BoardHarness(80, 24);
        var run = board.Start(c => new MatchRunner(c).Start(Plan(board, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));
        EndEverySpeech(board, run);
        board.Press("Enter", "1", "1", "Enter");

        var saved = Directory.GetFiles(Path.Combine(board.Saves.Folder, "debriefs"), "*.md").Single();
        var flat = string.Concat(board.Rows().Select(r => r.Trim()));
        Assert.That(flat, Does.Contain("Debrief saved:"));
        Assert.That(flat.Replace(" ", string.Empty, StringComparison.Ordinal), Does.Contain(saved.Replace(" ", string.Empty, StringComparison.Ordinal)), "the whole path is on screen, wrapped rather than cut");
        board.Press("4");
        Assert.That(run.IsCompletedSuccessfully, Is.True);
    }

    private static void AssertHelp(BoardHarness board, string title, bool viaF1Only = false)
    {
        var before = board.Window.Current;
        foreach (var key in viaF1Only ? new[] { "F1" } : ["F1", "?"])
        {
            board.Press(key);
            Assert.That(board.Screen, Does.Contain(title), $"{key} on {before?.GetType().Name}");
            board.Press("Esc");
            Assert.That(board.Window.Current, Is.SameAs(before));
        }
    }
}
