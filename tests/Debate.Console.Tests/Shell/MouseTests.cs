using Debate.Console.Play;
using Debate.Console.Shell.Screens;
using Debate.Core.Content;
using Debate.Core.Play;
using NUnit.Framework;
using static Debate.Console.Tests.Shell.ScreenDriver;

namespace Debate.Console.Tests.Shell;

public sealed class MouseTests
{
    [Test]
    public void Menu_ClickOnAnItem_ChoosesIt()
    {
        using var board = new BoardHarness();
        var run = board.Start(c => new MainMenu(c).Run());

        board.ClickOn("Quit");

        Assert.That(run.IsCompletedSuccessfully, Is.True);
    }

    [Test]
    public void Board_ClickSelectsACard_DoubleClickPlaysIt()
    {
        using var board = new BoardHarness(80, 24);
        var (seed, index) = SeedWhereAllianceHolds(board.Scenario, CardKind.Claim, h => h.Playable);
        board.Start(c => new MatchRunner(c).Start(Plan(board, seed, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));
        board.ClickKey("continue");                               // the role sheet's key bar: Enter continue
        var card = HandOption.For(MatchSetup.Start(board.Scenario, [new("Ana", Side.Alliance), new("Bot", Side.Partnership, "novice")], seed), 0)[index].Card;

        board.ClickOn($"Tag {card.Id}", before: 48);
        var detail = string.Join(" ", board.Ui.CurrentBoard!.Detail.Drawn.Select(l => l.Text.Trim()));
        Assert.That(detail, Does.Contain($"{index + 1}. Tag {card.Id}").And.Contain($"Body {card.Id}."), "a click shows the card in full");
        Assert.That(board.Saves.InProgress().Single().Record!.Moves, Is.Empty, "a single click plays nothing");

        board.ClickOn($"Tag {card.Id}", twice: true, before: 48);

        Assert.That(board.Saves.InProgress().Single().Record!.Moves, Has.Length.EqualTo(1));
        Assert.That(board.Screen, Does.Contain($"#1 A {card.Strength} {card.Id}"));
    }

    [Test]
    public void Board_ClickOnAnArgument_ChoosesItAsTheTarget_DoubleClickPlays()
    {
        using var board = new BoardHarness(80, 24);
        var (seed, claim, evidence) = SeedWithClaimAndItsEvidence(board.Scenario);
        board.Start(c => new MatchRunner(c).Start(Plan(board, seed, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));
        board.Press("Enter");
        board.ClickOn($"Tag {claim}", twice: true, before: 48);              // the claim goes on the floor as #1
        Assert.That(board.Screen, Does.Contain($"#1 A"));

        board.ClickOn($"Tag {evidence}", before: 48);                         // select the evidence: #1 is marked as a place for it
        Assert.That(board.Screen, Does.Contain("◆✔ #1"));
        board.ClickOn("◆✔ #1");
        Assert.That(board.Ui.CurrentBoard!.Detail.Drawn.Select(l => l.Text).Any(t => t.Contains("▶ #1", StringComparison.Ordinal)), Is.True, "the argument clicked is the chosen target");
        Assert.That(board.Saves.InProgress().Single().Record!.Moves, Has.Length.EqualTo(1));

        board.ClickOn("◆✔ #1", twice: true);

        var moves = board.Saves.InProgress().Single().Record!.Moves;
        Assert.That(moves, Has.Length.EqualTo(2));
        Assert.That(moves[1].Kind, Is.EqualTo(MoveKind.PlayEvidence));
        Assert.That(moves[1].Target, Is.EqualTo(1));
    }

    [Test]
    public void Board_Wheel_ScrollsTheReadingPanel()
    {
        using var board = new BoardHarness(80, 24);
        board.Start(c => new MatchRunner(c).Start(Plan(board, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));
        board.Press("Enter", "N");                                // the news page: nothing yet, then back
        board.Press("Esc");
        var panel = board.Ui.CurrentBoard!.Detail;
        var (x, y) = board.Find("CARD")!.Value;

        board.Wheel(x + 2, y + 3);

        Assert.That(panel.Drawn.Count, Is.GreaterThan(0));
        Assert.That(board.Screen, Does.Contain("CARD"));
    }

    [Test]
    public void KeyBar_ClickOnAKey_RunsIt()
    {
        using var board = new BoardHarness(80, 24);
        board.Start(c => new MatchRunner(c).Start(Plan(board, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));
        board.Press("Enter");

        board.ClickKey("help");

        Assert.That(board.Screen, Does.Contain("Keys on the board"));
        Assert.That(board.Window.Current, Is.InstanceOf<PageScreen>());
    }

    [Test]
    public void Practice_PlayedByMouseAlone_ReachesTheVerdict()
    {
        using var board = new BoardHarness(120, 35);
        var run = board.Start(c => new MainMenu(c).Run());
        board.ClickOn("Practice against an opponent");
        board.ClickOn("Sample debate");
        board.ClickKey("accept");                                 // keep the name
        board.ClickOn("Alliance");
        board.ClickOn("Opponent: novice");
        board.ClickOn("Start the match");
        board.ClickKey("continue");                               // close the role sheet
        for (var i = 0; i < 60 && board.Window.Current is BoardScreen { AwaitingMove: true }; i++)
        {
            var playable = board.Rows().FirstOrDefault(r => System.Text.RegularExpressions.Regex.IsMatch(r, @"^▶?\s*\d+\s+CLAIM"));
            if (playable is not null && i % 2 == 0)
            {
                var tag = System.Text.RegularExpressions.Regex.Match(playable, "Tag [AX]\\d").Value;
                board.ClickOn(tag, twice: true, before: 73);
                continue;
            }

            board.ClickKey("end speech");
            if (board.Screen.Contains("End your speech", StringComparison.Ordinal))
            {
                board.ClickOn("Y  yes");
            }
        }

        Assert.That(board.Screen, Does.Contain("VERDICT"));
        board.ClickKey("continue");
        board.ClickOn("Back to the main menu");
        board.ClickOn("Quit");
        Assert.That(run.IsCompletedSuccessfully, Is.True);
        Assert.That(board.Saves.Finished(), Has.Count.EqualTo(1));
    }

    private static (ulong Seed, CardId Claim, CardId Evidence) SeedWithClaimAndItsEvidence(Scenario scenario)
    {
        for (var seed = 1UL; ; seed++)
        {
            var match = MatchSetup.Start(scenario, [new("Ana", Side.Alliance), new("Bot", Side.Partnership, "novice")], seed);
            var hand = HandOption.For(match, 0);
            foreach (var claim in hand.Where(h => h.Card.Kind == CardKind.Claim && h.Playable && h.Card.Cost == 1))
            {
                var after = Rules.Apply(match, claim.Moves[0]).Match;
                var evidence = HandOption.For(after, 0).FirstOrDefault(h => h.Card.Kind == CardKind.Evidence && h.Playable);
                if (evidence is not null)
                {
                    return (seed, claim.Card.Id, evidence.Card.Id);
                }
            }
        }
    }
}
