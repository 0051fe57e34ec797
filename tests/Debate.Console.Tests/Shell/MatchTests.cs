using System.Text.RegularExpressions;
using Debate.Console.Play;
using Debate.Console.Shell.Screens;
using Debate.Core.Content;
using Debate.Core.Play;
using NUnit.Framework;
using static Debate.Console.Tests.Shell.ScreenDriver;

namespace Debate.Console.Tests.Shell;

public sealed class MatchTests
{
    [TestCase(80, 24)]
    [TestCase(120, 35)]
    public void Practice_EndingEverySpeech_ReachesTheVerdictAndRevealsObjectives(int width, int height)
    {
        using var board = new BoardHarness(width, height);
        var run = board.Start(c => new MatchRunner(c).Start(Plan(board, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));

        EndEverySpeech(board, run);

        var verdict = ((PageScreen)board.Window.Current!).Body.Drawn.Select(l => l.Text).ToList();
        var text = string.Join("\n", verdict);
        Assert.That(text, Does.Match("ALLIANCE WINS|PARTNERSHIP WINS|A DEAD HEAT"));
        Assert.That(text, Does.Contain("THE ROOM, BLOC BY BLOC").And.Contain("REASON FOR DECISION").And.Contain("SECRET OBJECTIVES, REVEALED").And.Contain("Ana, Hawk"));
        board.Press("Enter");
        Assert.That(board.Screen, Does.Contain("After the verdict").And.Contain("The match record is saved in"));
        board.Press("4");
        Assert.That(run.IsCompletedSuccessfully, Is.True);
        Assert.That(run.Result, Is.EqualTo(MatchEnd.Finished));
        Assert.That(board.Saves.Finished(), Has.Count.EqualTo(1));
        Assert.That(board.Saves.InProgress(), Is.Empty);
    }

    [Test]
    public void Board_ShowsWhoseTurnTheFloorTheRoomAndTheHand_At80x24()
    {
        using var board = new BoardHarness(80, 24);
        board.Start(c => new MatchRunner(c).Start(Plan(board, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));
        board.Press("Enter");                                  // the role sheet

        var screen = board.Screen;
        TestContext.Out.WriteLine(screen);
        Assert.That(screen, Does.Contain("OPENING").And.Contain("TIME").And.Contain("Ana (Alliance)"));
        Assert.That(screen, Does.Contain("FLOOR").And.Contain("AUDIENCE").And.Contain("ROOM ").And.Contain("HAND OF ANA"));
        Assert.That(screen, Does.Contain("Beijing").And.Contain("Business"));
        Assert.That(board.Rows(), Has.Count.EqualTo(24));
        Assert.That(board.Rows().Max(r => r.Length), Is.LessThanOrEqualTo(80));
        Assert.That(board.Window.KeyBarText, Does.Contain("Enter play").And.Contain("E end speech").And.Contain("? help"));
    }

    [Test]
    public void Board_CardNotAllowedInThisSpeech_SaysWhyInFull()
    {
        using var board = new BoardHarness(80, 24);
        var (seed, index) = SeedWhereAllianceHolds(board.Scenario, CardKind.Rebuttal);
        board.Start(c => new MatchRunner(c).Start(Plan(board, seed, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));
        board.Press("Enter", $"{index + 1}", "Enter");

        var screen = board.Screen;
        TestContext.Out.WriteLine(screen);
        var reason = HandOption.For(MatchSetup.Start(board.Scenario, [new("Ana", Side.Alliance), new("Bot", Side.Partnership, "novice")], seed), 0)[index].WhyNot!;
        Assert.That(Flat(screen), Does.Contain("cannot be played now: " + reason));
        var panel = string.Join(" ", board.Ui.CurrentBoard!.Detail.Drawn.Select(l => l.Text.Trim()));
        Assert.That(panel, Does.Contain("Not now: " + reason), "the reading panel says it too");
    }

    [Test]
    public void Board_Claim_GoesOnTheFloorAndIsSavedAtOnce()
    {
        using var board = new BoardHarness();
        var (seed, index) = SeedWhereAllianceHolds(board.Scenario, CardKind.Claim, h => h.Playable);
        board.Start(c => new MatchRunner(c).Start(Plan(board, seed, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));
        board.Press("Enter", $"{index + 1}", "Enter");

        Assert.That(board.Screen, Does.Contain("✔ #1 A"));
        var saved = board.Saves.InProgress().Single();
        Assert.That(saved.Record!.Moves, Has.Length.EqualTo(1));
        Assert.That(Directory.GetFiles(board.Saves.Folder, "*.tmp"), Is.Empty);
    }

    [Test]
    public void HotSeat_HandOff_HidesEveryHandUntilTheNamedPlayerIsReady()
    {
        using var board = new BoardHarness(80, 24);
        board.Start(c => new MatchRunner(c).Start(Plan(board, ("Ana", Side.Alliance, "human"), ("Ben", Side.Partnership, "human"))));

        Assert.That(board.Screen, Does.Contain("PASS THE KEYBOARD TO ANA").And.Contain("to read your role sheet in private"));
        Assert.That(board.Screen, Does.Not.Contain("HAND OF").And.Not.Contain("Secret objective"));
        board.Press("Enter");
        Assert.That(board.Screen, Does.Contain("Role sheet: Ana").And.Contain("Secret objective"));
        board.Press("Enter");
        Assert.That(board.Screen, Does.Contain("PASS THE KEYBOARD TO BEN").And.Not.Contain("Ana"));
        board.Press("Enter", "Enter");
        Assert.That(board.Screen, Does.Contain("PASS THE KEYBOARD TO ANA").And.Contain("Every hand is hidden"));
        Assert.That(board.Screen, Does.Not.Contain("HAND OF"));
        board.Press("Enter");
        Assert.That(board.Screen, Does.Contain("HAND OF ANA"));
    }

    [Test]
    public void HotSeat_EndOfASpeech_HidesTheHandBeforeTheNextPlayerTakesTheKeyboard()
    {
        using var board = new BoardHarness(80, 24);
        board.Start(c => new MatchRunner(c).Start(Plan(board, ("Ana", Side.Alliance, "human"), ("Ben", Side.Partnership, "human"))));
        board.Press("Enter", "Enter", "Enter", "Enter", "Enter");   // both role sheets, then Ana takes the keyboard
        Assert.That(board.Screen, Does.Contain("HAND OF ANA"));

        board.Press("e", "y");

        Assert.That(board.Screen, Does.Contain("PASS THE KEYBOARD TO BEN").And.Not.Contain("HAND OF"));
        board.Press("?");
        Assert.That(board.Screen, Does.Contain("Passing the keyboard").And.Not.Contain("HAND OF"), "help over the hand-off shows no hand");
        board.Press("Esc");
        board.Resize(100, 30);
        Assert.That(board.Screen, Does.Contain("PASS THE KEYBOARD TO BEN").And.Not.Contain("HAND OF"), "a resize shows no hand");
    }

    [Test]
    public void Opponent_Moves_AreShownWithTheirReasons_HandsHidden()
    {
        using var board = new BoardHarness(100, 30, settings: new ShellSettings(false, TimeSpan.FromSeconds(2)));
        var run = board.Start(c => new MatchRunner(c).Start(Plan(board, ("Ana", Side.Alliance, "human"), ("Deb", Side.Partnership, "debater"))));
        board.Press("Enter", "e", "y");                        // role sheet; end Ana's opening at once
        board.Advance(TimeSpan.FromSeconds(3));                // the end of Ana's speech, shown at the pace

        var seen = new List<string>();
        for (var i = 0; i < 10 && board.Window.Current is BoardScreen { AwaitingMove: false }; i++)
        {
            seen.Add(board.Screen);
            board.Advance(TimeSpan.FromSeconds(2.1));
        }

        var speaking = seen.Where(s => s.Contains("Deb (debater) is speaking", StringComparison.Ordinal)).ToList();
        Assert.That(speaking, Is.Not.Empty);
        Assert.That(speaking.All(s => !s.Contains("HAND OF", StringComparison.Ordinal)), Is.True, "the opponent's hand stays hidden");
        Assert.That(speaking.Any(s => Regex.IsMatch(s, "▶ #\\d+ Deb \\(Partnership\\) (claims|supports|rebuts)[\\s\\S]*\"")), Is.True, "a move is shown with the opponent's reason");
        Assert.That(run.IsCompleted, Is.False);
    }

    [Test]
    public void Opponent_AnyKey_SkipsTheWait()
    {
        using var board = new BoardHarness(80, 24, settings: new ShellSettings(false, TimeSpan.FromMinutes(1)));
        board.Start(c => new MatchRunner(c).Start(Plan(board, ("Ana", Side.Alliance, "human"), ("Deb", Side.Partnership, "debater"))));
        board.Press("Enter", "e", "y");
        Assert.That(board.Screen, Does.Contain("ends the speech"));

        for (var i = 0; i < 12 && board.Window.Current is BoardScreen { AwaitingMove: false }; i++)
        {
            board.Press("x");
        }

        Assert.That(board.Window.Current, Is.InstanceOf<BoardScreen>());
        Assert.That(((BoardScreen)board.Window.Current!).AwaitingMove, Is.True, "a key a move brings Ana's next turn without waiting a minute a move");
    }

    [Test]
    public void Board_QuestionMark_ShowsTheKeysAndClosesBackToTheBoard()
    {
        using var board = new BoardHarness();
        board.Start(c => new MatchRunner(c).Start(Plan(board, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));
        board.Press("Enter", "?");

        Assert.That(board.Screen, Does.Contain("Keys on the board").And.Contain("end your speech"));
        board.Press("Esc");
        Assert.That(board.Screen, Does.Contain("HAND OF ANA"));
    }

    [Test]
    public void Board_SmallTerminal_AsksForRoom_ThenRedrawsTheBoardWhenEnlarged()
    {
        using var board = new BoardHarness(80, 24);
        board.Start(c => new MatchRunner(c).Start(Plan(board, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));
        board.Press("Enter");

        board.Resize(60, 20);
        Assert.That(board.Screen, Does.Contain("Please make this window bigger").And.Contain("80 x 24").And.Not.Contain("HAND OF"));
        board.Press("e");
        Assert.That(board.Screen, Does.Contain("Please make this window bigger"), "keys do nothing while the window is too small");

        board.Resize(120, 35);
        Assert.That(board.Screen, Does.Contain("HAND OF ANA"));
        Assert.That(board.Rows().Max(r => r.Length), Is.GreaterThan(100));
    }

    [Test]
    public void Resume_AfterAStopMidMatch_CarriesOnFromTheLastMoveToTheVerdict()
    {
        using var board = new BoardHarness();
        var (seed, index) = SeedWhereAllianceHolds(board.Scenario, CardKind.Claim, h => h.Playable);
        var first = board.Start(c => new MatchRunner(c).Start(Plan(board, seed, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));
        board.Press("Enter", $"{index + 1}", "Enter", "q", "y");
        Assert.That(first.Result, Is.EqualTo(MatchEnd.Left));

        var menu = board.Start(c => new MainMenu(c).Run());
        Assert.That(board.Screen, Does.Contain("Resume (1 saved)"));
        board.Press("3");
        Assert.That(board.Screen, Does.Contain("Ana v Bot (novice): 1 move"));
        board.Press("1", "1");
        EndEverySpeech(board, menu);
        board.Press("Enter", "4", "8");

        Assert.That(menu.IsCompletedSuccessfully, Is.True);
        var finished = board.Saves.Finished().Single();
        Assert.That(finished.Record!.Moves[0].Kind, Is.EqualTo(MoveKind.PlayClaim));
        Assert.That(Debate.Core.Records.Replay.Run(board.Scenario, finished.Record).Verified, Is.True);
    }

    [Test]
    public void Resume_ListsOnlyMatchesWithAMove_AndDeletesAfterConfirming()
    {
        using var board = new BoardHarness();
        var left = board.Start(c => new MatchRunner(c).Start(Plan(board, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));
        board.Press("Enter", "q", "y");
        Assert.That(left.Result, Is.EqualTo(MatchEnd.Left));
        Assert.That(board.Saves.InProgress(), Is.Empty, "a match left before any move leaves no save");

        var (seed, index) = SeedWhereAllianceHolds(board.Scenario, CardKind.Claim, h => h.Playable);
        board.Start(c => new MatchRunner(c).Start(Plan(board, seed, ("Cy", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));
        board.Press("Enter", $"{index + 1}", "Enter", "q", "y");
        var menu = board.Start(c => new MainMenu(c).Run());
        board.Press("3", "1", "2");
        Assert.That(board.Screen, Does.Contain("Delete the save of Cy v Bot (novice): 1 move"));
        board.Press("y");

        Assert.That(board.Saves.InProgress(), Is.Empty);
        Assert.That(board.Screen, Does.Contain("No saved match is waiting."));
        board.Press("Enter", "8");
        Assert.That(menu.IsCompletedSuccessfully, Is.True);
    }

    private static string Flat(string screen) => Regex.Replace(string.Join(" ", screen.Split('\n').Select(l => l.Trim(' ', '│'))), @"\s+", " ");
}
