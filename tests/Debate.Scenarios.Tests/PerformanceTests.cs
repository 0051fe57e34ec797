using System.Globalization;
using System.Text;
using Debate.Scenarios.Tests.Builders;
using NUnit.Framework;

namespace Debate.Scenarios.Tests;

[TestFixture]
public sealed class PerformanceTests
{
    [Test]
    public void LoadText_GeneratedScenarioOf5000Cards_LoadsAndValidatesWithinOneSecond()
    {
        var text = LargeScenario(5000);
        var options = Fixture.Options() with { MaxBytes = 4 * LoadOptions.DefaultMaxBytes };
        LoadResult? result = null;

        var (wall, cpu) = Bench.Best(() => result = ScenarioLoader.LoadText(text, "large.yaml", options), runs: 3);

        TestContext.Out.WriteLine($"5,000 cards ({text.Length / 1024} KiB): load and validate in {wall.TotalMilliseconds:0} ms ({cpu.TotalMilliseconds:0} ms of CPU), best of 3 after a warm-up");
        Assert.That(result!.Errors.Select(d => d.ToString()), Is.Empty);
        Assert.That(result.Scenario!.Cards, Has.Length.EqualTo(5001));
        Assert.That(Math.Min(wall.TotalMilliseconds, cpu.TotalMilliseconds), Is.LessThan(1000));
    }

    /// <summary>The fixture with its cards replaced by <paramref name="count"/> generated ones (claims, evidence, rebuttals on both sides).</summary>
    private static string LargeScenario(int count)
    {
        var text = Fixture.ValidText;
        var start = text.IndexOf("cards:\n", StringComparison.Ordinal);
        var end = text.IndexOf("events:\n", StringComparison.Ordinal);
        var cards = new StringBuilder("cards:\n");
        string[] kinds = ["claim", "claim", "evidence", "rebuttal"];
        for (var i = 0; i < count; i++)
        {
            var side = i % 2 == 0 ? "alliance" : "partnership";
            var theme = i % 3 == 0 ? "trade" : "trust";
            cards.Append(CultureInfo.InvariantCulture, $"""
                  - id: C{i:00000}
                    kind: {kinds[i / 2 % 4]}
                    side: {side}
                    tag: Generated argument number {i}
                    body: A generated card for the load benchmark. It says nothing in particular.
                    themes: [{theme}]
                    strength: {1 + (i % 5)}
                    cost: {1 + (i % 2)}
                    cite: doc-a ¶{3 + (i % 5)}

                """);
        }

        return string.Concat(text.AsSpan(0, start), cards.ToString(), text.AsSpan(end)).Replace("    boost: { event: E01, strength: 1 }\n", "", StringComparison.Ordinal);
    }
}
