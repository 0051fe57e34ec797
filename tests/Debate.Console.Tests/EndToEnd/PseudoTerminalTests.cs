using Debate.Console.Tests.Builders;
using NUnit.Framework;

namespace Debate.Console.Tests.EndToEnd;

/// <summary>
/// The real executable in a real pseudo-terminal (tmux), as a person would use it: a practice match
/// from the menu to the verdict, with keys and a mouse click; and the terminal left clean however
/// the program ends.
/// </summary>
[NonParallelizable]
public sealed class PseudoTerminalTests : ShellInTmuxFixture
{
    [Test]
    public void Menu_PracticeMatch_PlayedWithKeysAndAClick_ReachesTheVerdict_AndLeavesTheTerminalClean()
    {
        using var term = new TmuxTerminal(ShellCommand(), 100, 30);

        term.WaitFor("Practice against an opponent");
        term.Keys("2");
        term.WaitFor("Choose a scenario");
        term.Keys("Enter");
        term.WaitFor("Your name:");
        term.Keys("Enter");
        term.WaitFor("your side");
        term.Keys("1");
        term.WaitFor("your opponent");
        term.Keys("1");
        term.WaitFor("Start the match");
        var (x, y) = term.Find("Start the match");
        term.Click(x, y);
        term.WaitFor("Role sheet: You");
        term.Keys("Enter");
        for (var turn = 0; turn < 40; turn++)
        {
            var seen = term.WaitFor("VERDICT", "End your speech with", "HAND OF YOU");
            if (seen == "VERDICT")
            {
                break;
            }

            term.Keys(seen == "HAND OF YOU" ? "e" : "y");
            Thread.Sleep(150);
        }

        var verdict = term.Screen;
        Assert.That(verdict, Does.Match("ALLIANCE WINS|PARTNERSHIP WINS|A DEAD HEAT"));
        Assert.That(verdict, Does.Contain("THE ROOM, BLOC BY BLOC"));
        term.Keys("Enter");
        term.WaitFor("After the verdict");
        term.Keys("4");
        term.WaitFor("Practice against an opponent");
        term.Keys("8");
        term.WaitFor("EXITED 0");
        Assert.That(term.Modes, Is.EqualTo((false, false, true)), "mouse reporting off, alternate screen off, cursor on");
        Assert.That(Directory.GetFiles(Path.Combine(Home, "saves", "finished"), "*.json"), Has.Length.EqualTo(1));
    }

    [TestCase("C-c", 130)]
    [TestCase("SIGTERM", 143)]
    public void Interrupted_InTheMiddleOfAMatch_RestoresTheTerminal_AndKeepsTheMatch(string how, int code)
    {
        using var term = new TmuxTerminal(ShellCommand(), 80, 24);
        StartPractice(term);
        Assert.That(term.Modes.Mouse, Is.True, "the board reports the mouse while it runs");

        if (how == "C-c")
        {
            term.Keys("C-c");
        }
        else
        {
            var child = Debate(term.PanePid);
            System.Diagnostics.Process.Start("kill", ["-TERM", child.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        }

        term.WaitFor($"EXITED {code}");
        Assert.That(term.Modes, Is.EqualTo((false, false, true)), "mouse reporting off, alternate screen off, cursor on");
        Assert.That(term.Screen, Does.Contain("Every completed move is saved"));
    }


    /// <summary>The dotnet process under the pane's shell.</summary>
    private static int Debate(int shell)
    {
        for (var i = 0; i < 50; i++)
        {
            var children = Path.Combine("/proc", shell.ToString(System.Globalization.CultureInfo.InvariantCulture), "task", shell.ToString(System.Globalization.CultureInfo.InvariantCulture), "children");
            var text = File.Exists(children) ? File.ReadAllText(children).Trim() : string.Empty;
            if (text.Length > 0)
            {
                return int.Parse(text.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            }

            Thread.Sleep(100);
        }

        throw new InvalidOperationException("debate's process was not found under the pane's shell.");
    }
}
