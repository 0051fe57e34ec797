using Debate.Console.Play;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Previews;
using Debate.Scenarios;
using NUnit.Framework;
using Regex = System.Text.RegularExpressions.Regex;

namespace Debate.Console.Tests.Shell;

/// <summary>The board shows, for each argument a card may be played on, exactly the outcome the rules' preview gives, and the floor then shows it.</summary>
public sealed class PreviewTests
{
    [Test]
    public void CardPanel_ShowsThePreviewedOutcomeOfEveryLegalTarget_OverSeededMatches()
    {
        var scenario = BuiltInScenarios.Default;
        var checkedCards = 0;
        for (var seed = 1UL; seed <= 40 && checkedCards < 25; seed++)
        {
            var match = MidMatch(scenario, seed);
            if (match is null)
            {
                continue;
            }

            var hand = HandOption.For(match, match.Speaker);
            var index = hand.ToList().FindIndex(h => h.Moves.Any(m => m.Target is not null));
            if (index < 0)
            {
                continue;
            }

            using var board = new BoardHarness(120, 35, scenario: scenario);
            board.Start(c => c.Ui.Turn(new TurnContext(new BoardState(match, match.Speaker, []), null, null)));
            board.Press($"{index + 1}");
            var panel = Flat(board.Ui.CurrentBoard!.Detail.Drawn.Select(l => l.Text));
            foreach (var move in hand[index].Moves)
            {
                var outcome = Preview.Of(match, move).Outcome;
                Assert.That(panel, Does.Contain($"#{move.Target} ").And.Contain(Flat([outcome])), $"seed {seed}: {move}");
            }

            checkedCards++;
        }

        Assert.That(checkedCards, Is.GreaterThanOrEqualTo(10), "enough seeded positions had a card with targets");
    }

    [Test]
    public void ChosenTarget_SaysWhatThePlayWouldDo_AndTheFloorThenShowsIt()
    {
        var scenario = BuiltInScenarios.Default;
        for (var seed = 1UL; seed <= 80; seed++)
        {
            var match = MidMatch(scenario, seed);
            var hand = match is null ? [] : HandOption.For(match, match.Speaker);
            var index = hand.ToList().FindIndex(h => h.Card.Kind == CardKind.Rebuttal && h.Moves.Any(m => m.Target is not null));
            if (match is null || index < 0)
            {
                continue;
            }

            var move = hand[index].Moves.First(m => m.Target is not null);
            var preview = Preview.Of(match, move);
            using var board = new BoardHarness(100, 30, scenario: scenario);
            var turn = board.Start(c => c.Ui.Turn(new TurnContext(new BoardState(match, match.Speaker, []), null, null)));
            board.Press($"{index + 1}", "Enter");
            board.Press(move.Target!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

            Assert.That(Flat(board.Rows()), Does.Contain(Flat([$"on #{move.Target}: {preview.Outcome}"])));
            board.Press("Enter");
            Assert.That(turn.Result.Move, Is.EqualTo(move));
            var after = Rules.Apply(match, move).Match;
            var target = Debate.Core.Adjudication.FloorJudgement.Of(after)[move.Target!.Value - 1];
            Assert.That(target.Label, Is.EqualTo(preview.After.Labels[target.Id - 1]), "the floor shows the label the preview gave");
            return;
        }

        Assert.Fail("no seeded position had a rebuttal with a target");
    }

    /// <summary>A rebuttal-round position with a human to speak, reached by seeded legal moves.</summary>
    private static Match? MidMatch(Scenario scenario, ulong seed)
    {
        var match = MatchSetup.Start(scenario, [new("Ana", Side.Alliance), new("Ben", Side.Partnership)], seed);
        var rng = new Random((int)seed);
        for (var step = 0; step < 200 && !match.IsOver; step++)
        {
            if (match.SpeechIndex >= 2 && !match.Floor.IsEmpty && rng.Next(3) == 0)
            {
                return match;
            }

            var legal = Rules.LegalMoves(match);
            var plays = legal.Where(m => m.Kind != MoveKind.EndSpeech).ToList();
            var move = plays.Count > 0 && rng.Next(4) != 0 ? plays[rng.Next(plays.Count)] : legal.First(m => m.Kind == MoveKind.EndSpeech);
            match = Rules.Apply(match, move).Match;
        }

        return match.IsOver ? null : match;
    }

    private static string Flat(IEnumerable<string> lines) => Regex.Replace(string.Join(" ", lines.Select(l => l.Trim(' ', '│', '▶'))), @"\s+", " ");
}
