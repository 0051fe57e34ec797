using System.Collections.Immutable;

namespace Debate.Console.Simulation.Balance;

/// <summary>
/// The distribution of the verdict's margin (Alliance's normalised swing minus Partnership's, in
/// percentage points): centre, spread and a histogram. Close games mean a debate that argument decides.
/// </summary>
internal sealed record SwingSummary(double Mean, double Median, double P10, double P90, double MeanAbsolute, ImmutableArray<SwingBucket> Buckets)
{
    private static readonly double[] Edges = [-60, -40, -20, -10, 0, 10, 20, 40, 60];

    public static SwingSummary Of(IReadOnlyList<GameResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0)
        {
            return new SwingSummary(0, 0, 0, 0, 0, []);
        }

        var margins = results.Select(r => r.Margin * 100).Order().ToArray();
        var buckets = ImmutableArray.CreateBuilder<SwingBucket>(Edges.Length + 1);
        for (var i = 0; i <= Edges.Length; i++)
        {
            var from = i == 0 ? double.NegativeInfinity : Edges[i - 1];
            var to = i == Edges.Length ? double.PositiveInfinity : Edges[i];
            buckets.Add(new SwingBucket(from, to, margins.Count(m => m >= from && m < to)));
        }

        return new SwingSummary(
            margins.Average(), Quantile(margins, 0.5), Quantile(margins, 0.1), Quantile(margins, 0.9),
            margins.Average(Math.Abs), buckets.MoveToImmutable());
    }

    private static double Quantile(double[] sorted, double q) => sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(q * sorted.Length))];
}
