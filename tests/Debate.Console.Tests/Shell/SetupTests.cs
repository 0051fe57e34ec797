using Debate.Console.Shell.Setup;
using Debate.Console.Tests.Builders;
using Debate.Core.Content;
using Debate.Core.Play;
using NUnit.Framework;

namespace Debate.Console.Tests.Shell;

public sealed class SetupTests
{
    [Test]
    public void Practice_NameSideAndLevel_GiveOneHumanAgainstThatOpponent()
    {
        using var shell = new TestShell();
        shell.Press("Enter", "Ana", "Enter", "2", "1", "Enter");

        var plan = new SetupFlow(shell.Context).Practice();

        Assert.That(plan, Is.Not.Null);
        Assert.That(plan!.Seats.Select(s => (s.Name, s.Side, s.Controller)), Is.EqualTo(new[]
        {
            ("Novice", Side.Alliance, "novice"),
            ("Ana", Side.Partnership, "human"),
        }));
    }

    [Test]
    public void NewMatch_SeedTyped_ReplaysTheSameDeal()
    {
        using var shell = new TestShell();
        shell.Press("Enter", "4", "12345", "Enter", "5");

        var plan = new SetupFlow(shell.Context).NewMatch();

        Assert.That(plan!.Seed, Is.EqualTo(12345UL));
        var first = MatchSetup.Start(plan.Scenario, plan.Seats, plan.Seed);
        var again = MatchSetup.Start(plan.Scenario, plan.Seats, 12345UL);
        Assert.That(again.Hands.Select(h => string.Join(",", h)), Is.EqualTo(first.Hands.Select(h => string.Join(",", h))));
        Assert.That(shell.Console.Output, Does.Contain("Seed: 12345"));
    }

    [Test]
    public void NewMatch_ThreeHumansAndAnOpponent_AreSeatedAsAsked()
    {
        using var shell = new TestShell();
        shell.Press("Enter", "3", "4");                         // two more seats: Alliance, then Partnership
        shell.Press("1", "1", "Ana", "Enter", "6");              // seat 1 is Ana
        shell.Press("4", "3", "3", "6");                        // seat 4 is played by the debater (after human and novice)
        shell.Press("7");                                       // start

        var plan = new SetupFlow(shell.Context).NewMatch();

        Assert.That(plan, Is.Not.Null);
        Assert.That(plan!.Seats, Has.Count.EqualTo(4));
        Assert.That(plan.Seats.Count(s => s.Controller == "human"), Is.EqualTo(3));
        Assert.That(plan.Seats[3].Controller, Is.EqualTo("debater"));
        Assert.That(MatchSetup.Problem(plan.Scenario, plan.Seats), Is.Null);
    }

    [Test]
    public void SeatTable_ChosenRole_IsGivenToThatSeat()
    {
        using var shell = new TestShell();
        shell.Press("Enter", "1", "4", "3", "6", "5");

        var plan = new SetupFlow(shell.Context).NewMatch();

        Assert.That(plan!.Seats[0].RoleId, Is.EqualTo("hawk"));
    }

    [Test]
    public void PickScenario_FileWithProblems_ListsEveryProblemAndAsksAgain()
    {
        using var shell = new TestShell(loader: s => new ScenarioLoad(null, ["bad.yaml:3:5: error: unknown card 'Z9'", "bad.yaml:9:1: error: duplicate id 'A1'"]));
        shell.Press("Enter", "Enter", "Esc");

        var picked = new SetupFlow(shell.Context).PickScenario();

        Assert.That(picked, Is.Null);
        Assert.That(shell.Console.Output, Does.Contain("bad.yaml:3:5: error: unknown card 'Z9'").And.Contain("bad.yaml:9:1: error: duplicate id 'A1'"));
    }

    [Test]
    public void SeatTable_OneSideEmpty_CannotStartAndSaysWhy()
    {
        using var shell = new TestShell();
        shell.Press("Enter", "2", "2", "6", "5", "Esc");

        var plan = new SetupFlow(shell.Context).NewMatch();

        Assert.That(plan, Is.Null);
        Assert.That(shell.Console.Output, Does.Contain("Side Partnership has 0 seats"));
    }
}
