using System.Collections.Immutable;

namespace Debate.Console.Simulation.Balance;

/// <summary>
/// The distribution of the verdict's margin (Alliance's normalised swing minus Partnership's, in
/// percentage points): centre, spread and a histogram. Close games mean a debate that argument decides.
/// </summary>
internal sealed record SwingSummary(double Mean, double Median, double P10, double P90, double MeanAbsolute, ImmutableArray<SwingBucket> Buckets)
{
    /// <summary>
    /// The summary of a pairing's margins. While the tally still keeps every margin, every figure is
    /// computed from them sorted, exactly; past <see cref="MarginTally.ExactLimit"/> games the mean
    /// comes from the running sums and the quantiles from the tally's fine bins.
    /// </summary>
    public static SwingSummary Of(MarginTally margins)
    {
        ArgumentNullException.ThrowIfNull(margins);
        if (margins.Games == 0)
        {
            return new SwingSummary(0, 0, 0, 0, 0, []);
        }

        var edges = MarginTally.BucketEdges;
        var buckets = ImmutableArray.CreateBuilder<SwingBucket>(edges.Count + 1);
        for (var i = 0; i <= edges.Count; i++)
        {
            var from = i == 0 ? double.NegativeInfinity : edges[i - 1];
            var to = i == edges.Count ? double.PositiveInfinity : edges[i];
            buckets.Add(new SwingBucket(from, to, checked((int)margins.Buckets[i])));
        }

        if (margins.Exact is { } kept)
        {
            var sorted = kept.Order().ToArray();
            return new SwingSummary(
                sorted.Average(), Quantile(sorted, 0.5), Quantile(sorted, 0.1), Quantile(sorted, 0.9),
                sorted.Average(Math.Abs), buckets.MoveToImmutable());
        }

        return new SwingSummary(
            margins.Sum / margins.Games, margins.BinnedQuantile(0.5), margins.BinnedQuantile(0.1), margins.BinnedQuantile(0.9),
            margins.SumAbsolute / margins.Games, buckets.MoveToImmutable());
    }

    private static double Quantile(double[] sorted, double q) => sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(q * sorted.Length))];
}
