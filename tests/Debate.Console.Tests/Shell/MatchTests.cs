using System.Text.RegularExpressions;
using Debate.Console.Shell;
using Debate.Console.Shell.Board;
using Debate.Console.Shell.Play;
using Debate.Console.Shell.Setup;
using Debate.Console.Tests.Builders;
using Debate.Console.Tests.Fakes;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Records;
using Debate.Scenarios;
using NUnit.Framework;

namespace Debate.Console.Tests.Shell;

public sealed class MatchTests
{
    private static readonly string[] EndSpeech = ["E", "y"];

    [Test]
    public void Practice_EndingEverySpeech_ReachesTheVerdictAndRevealsObjectives()
    {
        using var shell = new TestShell();
        shell.Press("Enter");                                    // the role sheet
        PressEach(shell, 4, EndSpeech);                          // Alliance speaks four times in the sample format
        shell.Press("Enter", "4");                               // leave the verdict, back to the menu

        var end = new MatchRunner(shell.Context).Start(Plan(shell, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice")));

        Assert.That(end, Is.EqualTo(MatchEnd.Finished));
        var output = shell.Console.Output;
        Assert.That(output, Does.Contain("VERDICT").And.Contain("THE ROOM, BLOC BY BLOC").And.Contain("REASON FOR DECISION"));
        Assert.That(output, Does.Contain("SECRET OBJECTIVES, REVEALED").And.Contain("Ana, Hawk"));
        Assert.That(output, Does.Match("ALLIANCE WINS|PARTNERSHIP WINS|A DEAD HEAT"));
        Assert.That(shell.Saves.Finished(), Has.Count.EqualTo(1));
        Assert.That(shell.Saves.InProgress(), Is.Empty);
    }

    [Test]
    public void Board_CardNotAllowedInThisSpeech_ShowsTheEnginesReason()
    {
        using var shell = new TestShell();
        var (seed, index) = SeedWhereAllianceHolds(shell.Scenario, CardKind.Rebuttal);
        shell.Press("Enter", $"{index + 1}", "Enter");

        var plan = Plan(shell, seed, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"));
        Assert.Throws<OutOfKeysException>(() => new MatchRunner(shell.Context).Start(plan));

        Assert.That(shell.Console.LastFrame, Does.Contain("cannot be played now").And.Contain("allows only claims and evidence"));
        Assert.That(shell.Console.LastFrame, Does.Contain("FLOOR").And.Contain("AUDIENCE").And.Contain("HAND OF ANA"));
    }

    [Test]
    public void Board_Claim_GoesOnTheFloorAndIsSavedAtOnce()
    {
        using var shell = new TestShell();
        var (seed, index) = SeedWhereAllianceHolds(shell.Scenario, CardKind.Claim);
        shell.Press("Enter", $"{index + 1}", "Enter");

        Assert.Throws<OutOfKeysException>(() => new MatchRunner(shell.Context).Start(Plan(shell, seed, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));

        Assert.That(shell.Console.LastFrame, Does.Contain("#1"));
        var saved = shell.Saves.InProgress().Single();
        Assert.That(saved.Record!.Moves, Has.Length.EqualTo(1));
        Assert.That(Directory.GetFiles(shell.Saves.Folder, "*.tmp"), Is.Empty);
    }

    [Test]
    public void Resume_AfterAStopMidMatch_CarriesOnFromTheLastMoveToTheVerdict()
    {
        using var shell = new TestShell();
        var (seed, index) = SeedWhereAllianceHolds(shell.Scenario, CardKind.Claim);
        shell.Press("Enter", $"{index + 1}", "Enter");
        Assert.Throws<OutOfKeysException>(() => new MatchRunner(shell.Context).Start(Plan(shell, seed, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));

        shell.Press("3", "1");                                   // main menu: Resume, the only saved match
        PressEach(shell, 4, EndSpeech);
        shell.Press("Enter", "4", "Esc");
        new MainMenu(shell.Context).Run();

        var finished = shell.Saves.Finished().Single();
        Assert.That(finished.Record!.Moves.Length, Is.GreaterThan(4));
        Assert.That(finished.Record.Moves[0].Kind, Is.EqualTo(MoveKind.PlayClaim));
        Assert.That(Debate.Core.Records.Replay.Run(shell.Scenario, finished.Record).Verified, Is.True);
        Assert.That(shell.Console.Output, Does.Contain("VERDICT"));
    }

    [Test]
    public void Resume_ShowsTheOpponentsReasonsFromBeforeTheStop()
    {
        using var shell = new TestShell();
        shell.Press("Enter");
        PressEach(shell, 2, EndSpeech);
        Assert.Throws<OutOfKeysException>(() => new MatchRunner(shell.Context).Start(Plan(shell, ("Ana", Side.Alliance, "human"), ("Deb", Side.Partnership, "debater"))));
        var saved = shell.Saves.InProgress().Single().Record!;
        var reasoned = saved.Moves.LastOrDefault(m => m.Reason is not null);
        Assert.That(reasoned, Is.Not.Null, "the debater's moves are saved with their reasons");
        Assert.That(saved.Moves.Where(m => m.Seat == 0).Select(m => m.Reason), Is.All.Null, "a human's move has none");

        shell.Press("3", "1", "L");                              // main menu: Resume, the only saved match; then the full log
        Assert.Throws<OutOfKeysException>(() => new MainMenu(shell.Context).Run());

        var snippet = string.Join(' ', reasoned!.Reason!.Split(' ').Take(3));
        Assert.That(shell.Console.LastFrame, Does.Contain(snippet), "the resumed log shows the reason as the live one did");
    }

    [Test]
    public void HotSeat_BeforeEachHumanSpeech_HidesEveryHandUntilTheNamedPlayerIsReady()
    {
        using var shell = new TestShell();
        shell.Press("Enter", "Enter", "Enter", "Enter");         // Ana and Ben each read their role in private

        Assert.Throws<OutOfKeysException>(() => new MatchRunner(shell.Context).Start(Plan(shell, ("Ana", Side.Alliance, "human"), ("Ben", Side.Partnership, "human"))));

        var frames = shell.Console.Frames;
        Assert.That(frames[0], Does.Contain("Pass the keyboard to").And.Contain("to read your role sheet in private"));
        Assert.That(frames[1], Does.Contain("Role sheet: Ana").And.Contain("Secret objective"));
        var last = shell.Console.LastFrame;
        Assert.That(last, Does.Contain("PASS THE KEYBOARD").And.Contain("Every hand is hidden").And.Contain("Ana: press Enter"));
        Assert.That(last, Does.Not.Contain("HAND OF"));
    }

    [Test]
    public void Board_QuestionMark_ShowsTheKeys()
    {
        using var shell = new TestShell();
        shell.Press("Enter", "?");

        Assert.Throws<OutOfKeysException>(() => new MatchRunner(shell.Context).Start(Plan(shell, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));

        Assert.That(shell.Console.LastFrame, Does.Contain("Keys on the board").And.Contain("end your speech").And.Contain("How the game works"));
    }

    [Test]
    public void Board_OpenCard_ShowsItsBodyAndCitation_AndHelpThere()
    {
        using var shell = new TestShell();
        shell.Press("Enter", "O", "?");

        Assert.Throws<OutOfKeysException>(() => new MatchRunner(shell.Context).Start(Plan(shell, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));

        var frames = shell.Console.Frames;
        Assert.That(frames[^2], Does.Contain("Source: doc ¶1").And.Contain("Body "));
        Assert.That(frames[^1], Does.Contain("Keys when reading"));
    }

    [Test]
    public void Opponent_Moves_AreShownWithTheirReasons()
    {
        using var shell = new TestShell();
        shell.Press("Enter");
        PressEach(shell, 4, EndSpeech);
        shell.Press("Enter", "4");

        new MatchRunner(shell.Context).Start(Plan(shell, ("Ana", Side.Alliance, "human"), ("Deb", Side.Partnership, "debater")));

        var spoken = shell.Console.Frames.Where(f => f.Contains("DEB (DEBATER) IS SPEAKING", StringComparison.Ordinal)).ToList();
        Assert.That(spoken, Is.Not.Empty);
        Assert.That(spoken.All(f => !f.Contains("HAND OF", StringComparison.Ordinal)), Is.True, "the opponent's hand stays hidden");
        Assert.That(spoken.Any(f => Regex.IsMatch(f, "Deb \\(Partnership\\) (claims|supports|rebuts)[^\n]*\n\\s+\"")), Is.True, "a move is shown with the opponent's reason in quotes below it");
    }

    [Test]
    public void Verdict_Replay_StepsThroughTheMatch()
    {
        using var shell = new TestShell();
        shell.Press("Enter");
        PressEach(shell, 4, EndSpeech);
        shell.Press("Enter", "2", "Right", "Right", "Down", "J", "3", "Enter", "End", "V", "Enter", "Q", "4");

        new MatchRunner(shell.Context).Start(Plan(shell, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice")));

        var output = shell.Console.Output;
        Assert.That(output, Does.Contain("REPLAY 2/").And.Contain("Move 2:").And.Contain("Jump to a speech"));
    }

    [Test]
    public void Plain_FullMatch_IsPlayableWithNumberedChoicesAndNoBoxDrawing()
    {
        using var shell = new TestShell(plain: true);
        shell.Press("Enter");
        PressEach(shell, 4, ["1", "Enter", "e", "Enter"]);
        shell.Press("Enter", "4", "Enter");

        var end = new MatchRunner(shell.Context).Start(Plan(shell, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice")));

        Assert.That(end, Is.EqualTo(MatchEnd.Finished));
        var output = shell.Console.Output;
        Assert.That(output, Does.Contain("Moves you can make:").And.Contain("1. Claim").And.Contain("e. End your speech."));
        Assert.That(output, Does.Contain("== VERDICT ==").And.Contain("REASON FOR DECISION"));
        Assert.That(output.IndexOfAny(['█', '▶', '│', '✔', '\u001b']), Is.EqualTo(-1), "no block, box or tick characters and no escape codes");
    }

    [Test]
    public void Plain_HotSeat_SaysThatEarlierHandsStayInTheScrollback()
    {
        using var shell = new TestShell(plain: true);

        Assert.Throws<OutOfKeysException>(() => new MatchRunner(shell.Context).Start(Plan(shell, ("Ana", Side.Alliance, "human"), ("Bo", Side.Partnership, "human"))));

        Assert.That(shell.Console.Output, Does.Contain("Pass the keyboard to Ana").And.Contain("Plain mode cannot hide earlier hands"));
    }

    [Test]
    public void Board_SmallTerminal_AsksToBeEnlarged()
    {
        using var shell = new TestShell(width: 60, height: 20);
        shell.Press("Enter");

        Assert.Throws<OutOfKeysException>(() => new MatchRunner(shell.Context).Start(Plan(shell, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));

        Assert.That(shell.Console.LastFrame, Does.Contain("Please make this window bigger").And.Contain("80 x 24"));
    }

    [Test]
    public void Board_TerminalEnlarged_RepaintsTheBoardAtTheNewSize()
    {
        using var shell = new TestShell(width: 60, height: 20);
        shell.Console.ResizeThen(120, 40);
        shell.Press("Enter", "Down");

        Assert.Throws<OutOfKeysException>(() => new MatchRunner(shell.Context).Start(Plan(shell, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));

        var frames = shell.Console.Frames;
        var small = frames.ToList().FindIndex(f => f.Contains("Please make this window bigger", StringComparison.Ordinal));
        Assert.That(small, Is.GreaterThanOrEqualTo(0));
        Assert.That(frames.Skip(small + 1).Any(f => f.Contains("HAND OF ANA", StringComparison.Ordinal)), Is.True);
        Assert.That(shell.Console.LastFrame.Split('\n').Max(l => l.Length), Is.GreaterThan(100));
    }

    [Test]
    public void Board_TextFromTheScenario_IsEscapedBeforeRendering()
    {
        var scenario = SampleScenario.Build();
        var hostile = new Scenario(scenario.Id, "[bold]Sample[/]", scenario.Motion with { Text = "Motion with [brackets] and [/] markup" }, scenario.HandSize,
            scenario.Themes, [.. scenario.Cards.Select(c => c with { Tag = $"[red]{c.Id}[/] tag" })], scenario.Blocs, scenario.Roles, scenario.Phases, scenario.Personas, scenario.Rubric);
        using var shell = new TestShell(scenario: hostile);
        shell.Press("Enter");

        Assert.Throws<OutOfKeysException>(() => new MatchRunner(shell.Context).Start(Plan(shell, ("[Ana]", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));

        Assert.That(shell.Console.LastFrame, Does.Contain("Motion with [brackets] and [/] markup").And.Contain("HAND OF [ANA]").And.Contain("[red]"));
    }

    [Test]
    public void Board_HandTallerThanTheWindow_SaysHowManyCardsAreOutOfSight()
    {
        // The built-in scenario with hands of 12: more than an 80x24 board can list at once.
        var scenario = BuiltInScenarios.Default;
        var big = new Scenario(scenario.Id, scenario.Title, scenario.Motion, 12,
            scenario.Themes, scenario.Cards, scenario.Blocs, scenario.Roles, scenario.Phases, scenario.Personas, scenario.Rubric);
        using var shell = new TestShell(width: 80, height: 24, scenario: big);
        shell.Press("Enter");
        PressEach(shell, 11, ["Down"]);

        Assert.Throws<OutOfKeysException>(() => new MatchRunner(shell.Context).Start(Plan(shell, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));

        var twelfthRow = new Regex(@" 12  (CLAIM|EVIDENCE|REBUTTAL) ");
        var first = shell.Console.Frames.First(f => f.Contains("HAND OF ANA", StringComparison.Ordinal));
        Assert.That(first, Does.Contain("2 more out of sight: Up/Down to see them").And.Contain(" 1  "));
        Assert.That(twelfthRow.IsMatch(first), Is.False, "the twelfth card is out of sight at first");
        Assert.That(first, Does.Match(@"REBUTTAL +A\d+ +str \d  time \d   \(not now\) "), "no rebuttals in the opening, marked where an 80-column row keeps it");
        Assert.That(twelfthRow.IsMatch(shell.Console.LastFrame), Is.True, "Down brings it into sight");
        Assert.That(shell.Console.LastFrame, Does.Contain("more out of sight"));
    }

    internal static MatchPlan Plan(TestShell shell, params (string Name, Side Side, string Controller)[] seats) => Plan(shell, 7UL, seats);

    internal static MatchPlan Plan(TestShell shell, ulong seed, params (string Name, Side Side, string Controller)[] seats) =>
        new(shell.Scenario, "test:sample", [.. seats.Select(s => new SeatSpec(s.Name, s.Side, s.Controller))], seed);

    internal static void PressEach(TestShell shell, int times, string[] keys)
    {
        for (var i = 0; i < times; i++)
        {
            shell.Press(keys);
        }
    }

    /// <summary>A seed whose deal gives the first Alliance seat a card of <paramref name="kind"/>, and where it sits in the hand.</summary>
    internal static (ulong Seed, int Index) SeedWhereAllianceHolds(Scenario scenario, CardKind kind)
    {
        for (var seed = 1UL; ; seed++)
        {
            var match = MatchSetup.Start(scenario, [new("A", Side.Alliance), new("P", Side.Partnership)], seed);
            var hand = HandOption.For(match, 0);
            var index = hand.ToList().FindIndex(h => h.Card.Kind == kind && (kind != CardKind.Claim || h.Playable));
            if (index >= 0)
            {
                return (seed, index);
            }
        }
    }
}
