using Debate.Console.Plain;
using Debate.Console.Play;
using Debate.Console.Saves;
using Debate.Core.Content;
using Debate.Core.Play;
using NUnit.Framework;

namespace Debate.Console.Tests.Plain;

public sealed class PlainTests
{
    private string home = string.Empty;

    [SetUp]
    public void MakeHome() => home = Path.Combine(Path.GetTempPath(), "debate-plain-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void RemoveHome()
    {
        if (Directory.Exists(home))
        {
            Directory.Delete(home, recursive: true);
        }
    }

    [Test]
    public void Plain_FullMatch_IsPlayableWithNumberedChoicesAndNoBoxDrawing()
    {
        // Role sheet; Ana plays her first legal move and ends each of her four speeches; the verdict; back to the menu.
        var (output, end) = Play(["", "1", "e", "1", "e", "1", "e", "1", "e", "", "4"], ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"));

        Assert.That(end, Is.EqualTo(MatchEnd.Finished));
        Assert.That(output, Does.Contain("Moves you can make:").And.Contain("1. Claim").And.Contain("e. End your speech."));
        Assert.That(output, Does.Contain("== VERDICT ==").And.Contain("REASON FOR DECISION"));
        Assert.That(output.IndexOfAny(['█', '▶', '│', '✔', '\u001b']), Is.EqualTo(-1), "no block, box or tick characters and no escape codes");
    }

    [Test]
    public void Plain_AfterAMove_SaysWhatChangedWithoutReadingOutTheWholeBoardAgain()
    {
        var scenario = SampleScenario.Build();
        var seed = SeedWithTwoCheapClaims(scenario);
        var (output, _) = Play(["", "1", "1", "e"], ("Ana", Side.Alliance, "human"), ("Bot", Side.Partnership, "novice"), seed: seed);

        var first = output.IndexOf("== Ana, your speech ==", StringComparison.Ordinal);
        var done = output.IndexOf("Done: #1 Ana (Alliance) claims", StringComparison.Ordinal);
        Assert.That(first, Is.GreaterThanOrEqualTo(0));
        Assert.That(done, Is.GreaterThan(first), "the move is confirmed in one line");
        var after = output[done..];
        var nextBoard = after.IndexOf("== Ana, your speech ==", StringComparison.Ordinal);
        var sameSpeech = nextBoard < 0 ? after : after[..nextBoard];
        Assert.That(sameSpeech, Does.Not.Contain("Hand of Ana"), "the hand is not read out again within the speech");
        Assert.That(sameSpeech, Does.Contain("Time left").And.Contain("Moves you can make:"));
    }

    [Test]
    public void Plain_HotSeat_SaysThatEarlierHandsStayInTheScrollback()
    {
        var (output, _) = Play(["q", "y"], ("Ana", Side.Alliance, "human"), ("Bo", Side.Partnership, "human"));

        Assert.That(output, Does.Contain("Pass the keyboard to Ana").And.Contain("Plain mode cannot hide earlier hands"));
    }

    [Test]
    public void Plain_InputEnds_StopsInsteadOfLoopingForever()
    {
        var ui = new PlainUi(new StringReader(string.Empty), new StringWriter());
        var context = new ShellContext(ui, new ScenarioCatalog(() => [], _ => new ScenarioLoad(null, [])), new SaveStore(home, TimeProvider.System), new ShellSettings(true, TimeSpan.Zero));

        Assert.ThrowsAsync<InputEndedException>(() => new MainMenu(context).Run());
    }

    private (string Output, MatchEnd End) Play(string[] lines, (string Name, Side Side, string Controller) a, (string Name, Side Side, string Controller) b, ulong seed = 7)
    {
        var output = new StringWriter();
        var ui = new PlainUi(new StringReader(string.Join("\n", lines) + "\n"), output);
        var scenario = SampleScenario.Build();
        var context = new ShellContext(ui, new ScenarioCatalog(() => [], _ => new ScenarioLoad(scenario, [])), new SaveStore(home, TimeProvider.System), new ShellSettings(true, TimeSpan.Zero));
        var plan = new MatchPlan(scenario, "test:sample", [new SeatSpec(a.Name, a.Side, a.Controller), new SeatSpec(b.Name, b.Side, b.Controller)], seed);
        MatchEnd end;
        try
        {
            end = new MatchRunner(context).Start(plan).GetAwaiter().GetResult();
        }
        catch (InputEndedException)
        {
            end = MatchEnd.Left;
        }

        return (output.ToString(), end);
    }

    private static ulong SeedWithTwoCheapClaims(Scenario scenario)
    {
        for (var seed = 1UL; ; seed++)
        {
            var match = MatchSetup.Start(scenario, [new("Ana", Side.Alliance), new("Bot", Side.Partnership, "novice")], seed);
            var legal = Rules.LegalMoves(match).Where(m => m.Kind == MoveKind.PlayClaim).ToList();
            if (legal.Count >= 2 && legal.Take(1).All(m => scenario.Card(m.Card!.Value).Cost == 1))
            {
                return seed;
            }
        }
    }
}
