using Debate.Console.Shell;
using Debate.Console.Tests.Builders;
using NUnit.Framework;

namespace Debate.Console.Tests.Shell;

public sealed class MainMenuTests
{
    [Test]
    public void Menu_OnOpening_ShowsEveryEntry()
    {
        using var shell = new TestShell();
        shell.Press("Esc");

        var code = new MainMenu(shell.Context).Run();

        Assert.That(code, Is.Zero);
        var frame = shell.Console.LastFrame;
        foreach (var entry in new[] { "New match", "Practice against an opponent", "Resume", "Replay", "Scenarios", "Help", "Quit" })
        {
            Assert.That(frame, Does.Contain(entry));
        }
    }

    [Test]
    public void Menu_QuitByNumber_ReturnsZero()
    {
        using var shell = new TestShell();
        shell.Press("7");

        Assert.That(new MainMenu(shell.Context).Run(), Is.Zero);
    }

    [Test]
    public void Menu_QuestionMark_ShowsHelpWithKeysAndRules()
    {
        using var shell = new TestShell();
        shell.Press("?", "End", "Enter", "Esc");

        new MainMenu(shell.Context).Run();

        Assert.That(shell.Console.Output, Does.Contain("Keys in menus").And.Contain("Keys on the board").And.Contain("How the game works"));
    }

    [Test]
    public void Menu_ResumeWithNothingSaved_SaysWhy()
    {
        using var shell = new TestShell();
        shell.Press("3", "Esc");

        new MainMenu(shell.Context).Run();

        Assert.That(shell.Console.Output, Does.Contain("No match in progress is saved."));
    }

    [Test]
    public void Scenarios_ChoosingOne_DescribesItsMotionAndFormat()
    {
        using var shell = new TestShell();
        shell.Press("5", "1", "Enter", "Esc", "Esc");

        new MainMenu(shell.Context).Run();

        Assert.That(shell.Console.Output, Does.Contain("Scenario: Sample").And.Contain("Format").And.Contain("Rebuttal 2"));
    }

    [Test]
    public void Menu_ArrowKeys_MoveTheSelection()
    {
        using var shell = new TestShell();
        shell.Press("Down", "Down", "Down", "Down", "Down", "Enter", "End", "Enter", "Esc");

        new MainMenu(shell.Context).Run();

        Assert.That(shell.Console.Output, Does.Contain("How the game works"));
    }
}
