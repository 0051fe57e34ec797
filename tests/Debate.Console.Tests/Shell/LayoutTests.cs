using System.Text.RegularExpressions;
using Debate.Console.Play;
using Debate.Console.Shell.Screens;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Scenarios;
using NUnit.Framework;
using static Debate.Console.Tests.Shell.ScreenDriver;

namespace Debate.Console.Tests.Shell;

public sealed class LayoutTests
{
    [Test]
    public void HelpKeyTable_WrapsEachDescriptionUnderItself()
    {
        // The board's keys at 80 columns: the mouse row is long enough to wrap whatever the page's width.
        var page = Debate.Console.Pages.HelpText.For(Debate.Console.Pages.HelpTopic.Board, plain: false);
        var mouse = page.Lines.Single(l => l.Text.TrimStart().StartsWith("Mouse", StringComparison.Ordinal));
        var column = mouse.Text.IndexOf("click", StringComparison.Ordinal);
        var rows = Debate.Console.Shell.Views.TextFit.Wrap(mouse, 78, hang: 2);

        Assert.That(rows, Has.Count.GreaterThan(1));
        Assert.That(rows.Skip(1).Select(r => r.Indent), Is.All.EqualTo(column), "each continuation row starts under the description");
        Assert.That(rows.Skip(1).Select(r => r.Glyphs[0].Text), Is.All.Not.EqualTo(" "));
    }

    [Test]
    public void WideCharacterName_KeepsTheLayout()
    {
        const string name = "李雷 🐉 مرحبا";
        using var board = new BoardHarness(80, 24);
        board.Start(c => new MatchRunner(c).Start(Plan(board, (name, Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));
        board.Press("Enter");

        var rows = board.Rows();
        TestContext.Out.WriteLine(board.Screen);
        Assert.That(rows, Has.Count.EqualTo(24));
        Assert.That(board.Screen, Does.Contain("HAND OF 李雷 🐉"));
        Assert.That(rows[^1], Does.Contain("Enter").And.Contain("play"), "the key bar stays on the last row");
        Assert.That(rows.Count(r => r.Contains("HAND OF", StringComparison.Ordinal)), Is.EqualTo(1), "the heading does not wrap");
    }

    [Test]
    public void CardPastNine_IsReachedByTwoDigits_AndPlayed()
    {
        var scenario = BigHands(12);
        using var board = new BoardHarness(80, 24, scenario: scenario);
        var seed = SeedWhereCardTwelveIsAPlayableClaim(scenario);
        board.Start(c => new MatchRunner(c).Start(Plan(board, seed, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));
        board.Press("Enter");
        board.Press("1", "2");
        var card = HandOption.For(MatchSetup.Start(scenario, [new("Ana", Side.Alliance), new("Bot", Side.Partnership, "novice")], seed), 0)[11].Card;
        Assert.That(board.Screen, Does.Contain("▶12 "), "card 12 is selected");
        Assert.That(string.Join(" ", board.Ui.CurrentBoard!.Detail.Drawn.Select(l => l.Text.Trim())), Does.Contain($"12. {card.Tag}"));
        board.Press("Enter");

        var moves = board.Saves.InProgress().Single().Record!.Moves;
        Assert.That(moves, Has.Length.EqualTo(1));
        Assert.That(moves[0].Card, Is.EqualTo(card.Id.Value));
    }

    [Test]
    public void HandTallerThanTheBoard_SaysWhatIsOutOfSight_AndArrowsBringItIn()
    {
        using var board = new BoardHarness(80, 24, scenario: BigHands(17));
        board.Start(c => new MatchRunner(c).Start(Plan(board, 3, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));
        board.Press("Enter");
        Assert.That(board.Screen, Does.Contain("▼").And.Contain("more below"), "a tall hand says what is out of sight");
        Assert.That(board.Screen, Does.Not.Match(@"\n▶?17 "));

        board.Press("End");

        Assert.That(board.Screen, Does.Match(@"\n▶17 "), "the last card comes into sight, selected");
        Assert.That(board.Screen, Does.Contain("▲").And.Contain("more above"));
    }

    [Test]
    public void CardNumbers_DoNotShiftAfterAPlay()
    {
        using var board = new BoardHarness(80, 24);
        var (seed, index) = SeedWhereAllianceHolds(board.Scenario, CardKind.Claim, h => h.Playable && h.Card.Cost == 1);
        board.Start(c => new MatchRunner(c).Start(Plan(board, seed, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));
        board.Press("Enter");
        var before = HandNumbers(board);

        board.Press($"{index + 1}", "Enter");

        var after = HandNumbers(board);
        Assert.That(after.Keys, Does.Not.Contain(index + 1), "the card played leaves a gap");
        foreach (var (number, tag) in after)
        {
            Assert.That(before[number], Is.EqualTo(tag), $"card {number} keeps its number");
        }
    }

    [Test]
    public void ScenarioText_IsShownLiterally_NoHotkeysNoMarkup()
    {
        var scenario = SampleScenario.Build();
        var odd = new Scenario(scenario.Id, "_Sample_ [bold]", scenario.Motion with { Text = "Motion with _underscores_ and [red]markup[/]" }, scenario.HandSize,
            scenario.Themes, [.. scenario.Cards.Select(c => c with { Tag = $"_{c.Id}_ [b]tag[/b]" })], scenario.Blocs, scenario.Roles, scenario.Phases, scenario.Personas, scenario.Rubric);
        using var board = new BoardHarness(100, 30, scenario: odd);
        board.Start(c => new MatchRunner(c).Start(Plan(board, ("_Ana_", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));
        board.Press("Enter");

        var screen = board.Screen;
        Assert.That(screen, Does.Contain("Motion with _underscores_ and [red]markup[/]"));
        Assert.That(screen, Does.Contain("HAND OF _ANA_"));
        Assert.That(screen, Does.Contain("_A").And.Contain("_ [b]tag[/b]"));
    }

    [Test]
    public void ControlCharactersInAName_AreShownAsMarks_NeverActedOn()
    {
        using var board = new BoardHarness(100, 30);
        board.Start(c => new MatchRunner(c).Start(Plan(board, ("Ana\u001b]0;pwned\u0007\u202Eevil", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));
        board.Press("Enter");

        var screen = board.Screen;
        Assert.That(screen, Does.Contain(Debate.Core.Text.VisibleText.Line("ANA\u001b]0;PWNED\u0007\u202EEVIL")));
        Assert.That(screen.IndexOfAny(['\u001b', '\u0007', '\u202E']), Is.EqualTo(-1));
    }

    [Test]
    public void BuiltInScenario_At80x24_ShowsThemesKindStrengthAndTimeForEveryCard()
    {
        using var board = new BoardHarness(80, 24, scenario: BuiltInScenarios.Default);
        board.Start(c => new MatchRunner(c).Start(Plan(board, 5, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));
        board.Press("Enter");

        var match = MatchSetup.Start(BuiltInScenarios.Default, [new("Ana", Side.Alliance), new("Bot", Side.Partnership, "novice")], 5);
        var rows = board.Ui.CurrentBoard!.Hand.Drawn.Select(l => l.Text).ToList();
        TestContext.Out.WriteLine(board.Screen);
        Assert.That(rows, Has.Count.EqualTo(match.Hands[0].Length));
        foreach (var (row, id) in rows.Zip(match.Hands[0]))
        {
            var card = match.Scenario.Card(id);
            Assert.That(row, Does.Match($@"^\s*\d+ [ ×](CLAIM|EVID|REBUT) +{card.Strength} {card.Cost} [a-z,-]+ "), row);
        }
    }

    [TestCase(80, 24)]
    [TestCase(120, 35)]
    public void Resize_ReLaysOutTheBoard(int width, int height)
    {
        using var board = new BoardHarness(100, 30);
        board.Start(c => new MatchRunner(c).Start(Plan(board, ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"))));
        board.Press("Enter");

        board.Resize(width, height);

        var rows = board.Rows();
        Assert.That(rows, Has.Count.EqualTo(height));
        Assert.That(rows.Max(r => r.Length), Is.LessThanOrEqualTo(width));
        Assert.That(board.Screen, Does.Contain("HAND OF ANA").And.Contain("FLOOR").And.Contain("AUDIENCE"));
        Assert.That(rows[^1], Does.Contain("play"));
    }

    private static Dictionary<int, string> HandNumbers(BoardHarness board) =>
        board.Ui.CurrentBoard!.Hand.Drawn.Select(l => Regex.Match(l.Text, @"^\s*(\d+) .*(Tag \w+)")).Where(m => m.Success)
            .ToDictionary(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m => m.Groups[2].Value);

    private static Scenario BigHands(int size)
    {
        var s = BuiltInScenarios.Default;
        return new Scenario(s.Id, s.Title, s.Motion, size, s.Themes, s.Cards, s.Blocs, s.Roles, s.Phases, s.Personas, s.Rubric);
    }

    private static ulong SeedWhereCardTwelveIsAPlayableClaim(Scenario scenario)
    {
        for (var seed = 1UL; ; seed++)
        {
            var match = MatchSetup.Start(scenario, [new("Ana", Side.Alliance), new("Bot", Side.Partnership, "novice")], seed);
            var hand = HandOption.For(match, 0);
            if (hand.Length >= 12 && hand[11] is { Playable: true, Card.Kind: CardKind.Claim })
            {
                return seed;
            }
        }
    }
}
