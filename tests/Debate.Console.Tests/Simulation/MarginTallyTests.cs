using Debate.Console.Simulation.Balance;
using NUnit.Framework;

namespace Debate.Console.Tests.Simulation;

/// <summary>
/// The margins of a pairing in bounded memory: exact while they fit, then binned; the figures the
/// balance report prints agree with those computed from every margin sorted.
/// </summary>
public sealed class MarginTallyTests
{
    [Test]
    public void Tally_PastItsLimit_StopsGrowingAndKeepsEveryFigureWithinHalfABin()
    {
        // Seed 1415: 20,000 margins in ±200 points, some on the histogram's edges exactly.
        var random = new Random(1415);
        var margins = Enumerable.Range(0, 20_000)
            .Select(i => i % 97 == 0 ? MarginTally.BucketEdges[i % MarginTally.BucketEdges.Count] : (random.NextDouble() * 400) - 200)
            .ToArray();
        var tally = new MarginTally(exactLimit: 1000);
        var most = 0;
        foreach (var margin in margins)
        {
            tally.Add(margin);
            most = Math.Max(most, tally.Held);
        }

        var sorted = margins.Order().ToArray();
        Assert.That(tally.IsExact, Is.False);
        Assert.That(most, Is.LessThanOrEqualTo(400_001), "the bins are the most the tally ever holds");
        Assert.That(tally.Games, Is.EqualTo(margins.Length));
        Assert.That(tally.Sum / tally.Games, Is.EqualTo(margins.Average()).Within(1e-9));
        Assert.That(tally.SumAbsolute / tally.Games, Is.EqualTo(margins.Average(Math.Abs)).Within(1e-9));
        foreach (var q in new[] { 0.1, 0.5, 0.9 })
        {
            var exact = sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(q * sorted.Length))];
            Assert.That(tally.BinnedQuantile(q), Is.EqualTo(exact).Within((MarginTally.Step / 2) + 1e-12), $"quantile {q}");
        }

        var edges = MarginTally.BucketEdges;
        for (var i = 0; i <= edges.Count; i++)
        {
            var from = i == 0 ? double.NegativeInfinity : edges[i - 1];
            var to = i == edges.Count ? double.PositiveInfinity : edges[i];
            Assert.That(tally.Buckets[i], Is.EqualTo(margins.Count(m => m >= from && m < to)), $"bucket {from} to {to}");
        }
    }

    [Test]
    public void Summary_WhileEveryMarginIsKept_IsComputedFromThemExactly()
    {
        var random = new Random(1416);
        var margins = Enumerable.Range(0, 501).Select(_ => Math.Round((random.NextDouble() * 300) - 150, 3)).ToArray();
        var tally = new MarginTally();
        Array.ForEach(margins, tally.Add);

        var summary = SwingSummary.Of(tally);

        var sorted = margins.Order().ToArray();
        Assert.That(tally.IsExact, Is.True);
        Assert.That(summary.Mean, Is.EqualTo(sorted.Average()));
        Assert.That(summary.Median, Is.EqualTo(sorted[250]));
        Assert.That(summary.P10, Is.EqualTo(sorted[50]));
        Assert.That(summary.P90, Is.EqualTo(sorted[450]));
        Assert.That(summary.Buckets.Sum(b => b.Games), Is.EqualTo(501));
    }

    [Test]
    public void Summary_OfNoGames_IsZero()
    {
        var summary = SwingSummary.Of(new MarginTally());

        Assert.That(summary.Mean, Is.Zero);
        Assert.That(summary.Buckets, Is.Empty);
    }
}
