using Debate.Console.Play;
using NUnit.Framework;

namespace Debate.Console.Tests.Shell;

public sealed class MainMenuTests
{
    [Test]
    public void Menu_OnOpening_ShowsEveryEntryAndTheKeys()
    {
        using var board = new BoardHarness();
        var run = board.Start(c => new MainMenu(c).Run());

        var screen = board.Screen;
        TestContext.Out.WriteLine(screen);
        foreach (var entry in new[] { "New match", "Practice against an opponent", "Resume", "Replay", "Scenarios", "Settings", "Help", "Quit" })
        {
            Assert.That(screen, Does.Contain(entry));
        }

        Assert.That(board.Window.KeyBarText, Does.Contain("Enter choose").And.Contain("help"));
        board.Press("8");
        Assert.That(run.IsCompletedSuccessfully, Is.True);
        Assert.That(run.Result, Is.Zero);
    }

    [Test]
    public void Menu_Esc_AsksBeforeQuitting()
    {
        using var board = new BoardHarness();
        var run = board.Start(c => new MainMenu(c).Run());

        board.Press("Esc");
        Assert.That(board.Screen, Does.Contain("Quit debate?"));
        Assert.That(run.IsCompleted, Is.False);
        board.Press("n");
        Assert.That(run.IsCompleted, Is.False);
        Assert.That(board.Screen, Does.Contain("New match"));
        board.Press("Esc", "y");
        Assert.That(run.IsCompletedSuccessfully, Is.True);
    }
}
