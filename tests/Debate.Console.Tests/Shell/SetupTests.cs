using Debate.Console.Play;
using Debate.Core.Content;
using Debate.Core.Play;
using NUnit.Framework;

namespace Debate.Console.Tests.Shell;

public sealed class SetupTests
{
    [Test]
    public void Practice_NameSideAndLevel_GiveOneHumanAgainstThatOpponent()
    {
        using var board = new BoardHarness();
        var plan = board.Start(c => new SetupFlow(c).Practice());
        board.Press("Enter", "Ana", "Enter", "2", "1", "Enter");

        Assert.That(plan.Result, Is.Not.Null);
        Assert.That(plan.Result!.Seats.Select(s => (s.Name, s.Side, s.Controller)), Is.EqualTo(new[]
        {
            ("Novice", Side.Alliance, "novice"),
            ("Ana", Side.Partnership, "human"),
        }));
    }

    [Test]
    public void NewMatch_SeedTyped_ReplaysTheSameDeal()
    {
        using var board = new BoardHarness();
        var plan = board.Start(c => new SetupFlow(c).NewMatch());
        board.Press("Enter", "4", "12345", "Enter");
        Assert.That(board.Screen, Does.Contain("Seed: 12345"));
        board.Press("5");

        Assert.That(plan.Result!.Seed, Is.EqualTo(12345UL));
        var first = MatchSetup.Start(plan.Result.Scenario, plan.Result.Seats, plan.Result.Seed);
        var again = MatchSetup.Start(plan.Result.Scenario, plan.Result.Seats, 12345UL);
        Assert.That(again.Hands.Select(h => string.Join(",", h)), Is.EqualTo(first.Hands.Select(h => string.Join(",", h))));
    }

    [Test]
    public void NewMatch_ThreeHumansAndAnOpponent_AreSeatedAsAsked()
    {
        using var board = new BoardHarness();
        var plan = board.Start(c => new SetupFlow(c).NewMatch());
        board.Press("Enter", "3", "4");                          // two more seats: Alliance, then Partnership
        board.Press("1", "1", "Ana", "Enter", "6");              // seat 1 is Ana
        board.Press("4", "3", "3", "6");                         // seat 4 is played by the debater (after human and novice)
        board.Press("7");                                        // start

        Assert.That(plan.Result, Is.Not.Null);
        Assert.That(plan.Result!.Seats, Has.Count.EqualTo(4));
        Assert.That(plan.Result.Seats[0].Name, Is.EqualTo("Ana"));
        Assert.That(plan.Result.Seats.Count(s => s.Controller == "human"), Is.EqualTo(3));
        Assert.That(plan.Result.Seats[3].Controller, Is.EqualTo("debater"));
        Assert.That(MatchSetup.Problem(plan.Result.Scenario, plan.Result.Seats), Is.Null);
    }

    [Test]
    public void SeatTable_ChosenRole_IsGivenToThatSeat()
    {
        using var board = new BoardHarness();
        var plan = board.Start(c => new SetupFlow(c).NewMatch());
        board.Press("Enter", "1", "4", "3", "6", "5");

        Assert.That(plan.Result!.Seats[0].RoleId, Is.EqualTo("hawk"));
    }

    [Test]
    public void PickScenario_FileWithProblems_ListsEveryProblemAndAsksAgain()
    {
        using var board = new BoardHarness(loader: s => new ScenarioLoad(null, ["bad.yaml:3:5: error: unknown card 'Z9'", "bad.yaml:9:1: error: duplicate id 'A1'"]));
        var picked = board.Start(c => new SetupFlow(c).PickScenario());
        board.Press("Enter");

        Assert.That(board.Screen, Does.Contain("bad.yaml:3:5: error: unknown card 'Z9'").And.Contain("bad.yaml:9:1: error: duplicate id 'A1'"));
        board.Press("Enter", "Esc");
        Assert.That(picked.Result, Is.Null);
    }

    [Test]
    public void SeatTable_OneSideEmpty_CannotStartAndSaysWhy()
    {
        using var board = new BoardHarness();
        var plan = board.Start(c => new SetupFlow(c).NewMatch());
        board.Press("Enter", "2", "2", "6", "5");

        Assert.That(board.Screen, Does.Contain("Side Partnership has 0 seats"));
        board.Press("Esc");
        Assert.That(plan.Result, Is.Null);
    }

    [Test]
    public void AskScreen_QuestionMarkIsTyped_F1OpensHelp()
    {
        using var board = new BoardHarness();
        var name = board.Start(c => c.Ui.Ask(new Question("Practice", "Your name:", Pages.HelpTopic.Setup, "You")));
        board.Press("Who?");
        Assert.That(board.Screen, Does.Contain("Who?"));
        board.Press("F1");
        Assert.That(board.Screen, Does.Contain("Setting up a match"));
        board.Press("Esc", "Enter");

        Assert.That(name.Result, Is.EqualTo("Who?"));
    }
}
