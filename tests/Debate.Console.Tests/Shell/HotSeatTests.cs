using System.Text.RegularExpressions;
using Debate.Console.Play;
using Debate.Console.Shell.Screens;
using Debate.Core.Content;
using Debate.Core.Play;
using NUnit.Framework;
using static Debate.Console.Tests.Shell.ScreenDriver;

namespace Debate.Console.Tests.Shell;

public sealed partial class HotSeatTests
{
    /// <summary>
    /// Four students share the screen. Each hand appears only after its owner takes the keyboard,
    /// only on their turn; the hand-off, the role sheets, help and the opponents' moves show none.
    /// </summary>
    [TestCase(80, 24)]
    [TestCase(120, 35)]
    public void FourPlayers_EveryHandIsSeenOnlyByItsOwner_ToTheVerdict(int width, int height)
    {
        using var board = new BoardHarness(width, height);
        var run = board.Start(c => new MatchRunner(c).Start(Plan(board, 11,
            ("Ana", Side.Alliance, "human"), ("Ben", Side.Alliance, "human"), ("Cy", Side.Partnership, "human"), ("Di", Side.Partnership, "human"))));
        string? keyboard = null;
        var turns = 0;
        for (var step = 0; step < 400 && !run.IsCompleted; step++)
        {
            var screen = board.Screen;
            var hands = HandHeading().Matches(screen).Select(m => m.Groups[1].Value).ToList();
            switch (board.Window.Current)
            {
                case HandOffScreen:
                    Assert.That(hands, Is.Empty, "the hand-off hides every hand");
                    keyboard = PassTo().Match(screen).Groups[1].Value;
                    board.Press("?");
                    Assert.That(HandHeading().IsMatch(board.Screen), Is.False, "help over the hand-off shows no hand");
                    board.Press("Esc", "Enter");
                    break;
                case BoardScreen { AwaitingMove: true }:
                    Assert.That(hands, Is.EqualTo(new[] { keyboard }), $"only {keyboard}'s hand, on {keyboard}'s turn");
                    turns++;
                    PlayOneCardThenEnd(board, turns);
                    break;
                case PageScreen page when screen.Contains("VERDICT", StringComparison.Ordinal):
                    Assert.That(hands, Is.Empty);
                    board.Press("Enter", "4");
                    break;
                case PageScreen:
                    Assert.That(hands, Is.Empty, "a role sheet shows no hand");
                    Assert.That(screen, Does.Contain($"Role sheet: {keyboard}").IgnoreCase, "each reads only their own role sheet");
                    board.Press("Enter");
                    break;
                default:
                    Assert.That(hands, Is.Empty, "between turns every hand is hidden");
                    board.Press("x");
                    break;
            }
        }

        Assert.That(run.IsCompletedSuccessfully, Is.True);
        Assert.That(run.Result, Is.EqualTo(MatchEnd.Finished));
        Assert.That(turns, Is.GreaterThanOrEqualTo(8), "every speech was given at the keyboard");
        var record = board.Saves.Finished().Single().Record!;
        Assert.That(record.Moves.Count(m => m.Kind != MoveKind.EndSpeech), Is.GreaterThan(0));
        Assert.That(Debate.Core.Records.Replay.Run(board.Scenario, record).Verified, Is.True);
    }

    private static void PlayOneCardThenEnd(BoardHarness board, int turn)
    {
        var screen = board.Ui.CurrentBoard!;
        var playable = screen.Hand.Drawn.Select(l => Regex.Match(l.Text, @"^\s*(\d+)  (CLAIM|EVID|REBUT)")).FirstOrDefault(m => m.Success);
        if (playable is not null && turn % 3 != 0)
        {
            board.Press(playable.Groups[1].Value, "Enter");
            if (board.Ui.CurrentBoard!.AwaitingMove && board.Screen.Contains("Which argument?", StringComparison.Ordinal))
            {
                board.Press("Enter");
            }
        }

        if (board.Window.Current is BoardScreen { AwaitingMove: true })
        {
            board.Press("e");
            if (board.Screen.Contains("End your speech", StringComparison.Ordinal))
            {
                board.Press("y");
            }
        }
    }

    [GeneratedRegex(@"HAND OF (\S+)")]
    private static partial Regex HandHeading();

    [GeneratedRegex(@"PASS THE KEYBOARD TO (\S+)")]
    private static partial Regex PassTo();
}
