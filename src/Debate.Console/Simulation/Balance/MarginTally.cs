namespace Debate.Console.Simulation.Balance;

/// <summary>
/// The margins of a pairing's games (Alliance's swing minus Partnership's, in percentage points), in
/// bounded memory. The histogram buckets, the mean and the mean distance from zero are running
/// totals, exact at any count. The median and the 10% and 90% points need every margin: up to
/// <see cref="ExactLimit"/> games the tally keeps them all and the quantiles are exact; past it, it
/// pours them into a histogram of <see cref="Step"/>-point bins, so those three figures are then
/// given to within half a bin (0.0005 points, far below the report's 0.1) and the tally stops growing.
/// </summary>
internal sealed class MarginTally
{
    /// <summary>Games whose margins are kept exactly; 262,144 doubles are 2 MiB.</summary>
    public const int ExactLimit = 1 << 18;

    /// <summary>The width of a bin once the margins no longer fit, in points.</summary>
    public const double Step = 0.001;

    /// <summary>A margin lies within ±200 points (each side's swing lies within ±100).</summary>
    private const int Reach = 200_000;

    private static readonly double[] Edges = [-60, -40, -20, -10, 0, 10, 20, 40, 60];

    private readonly int exactLimit;
    private readonly long[] buckets = new long[Edges.Length + 1];
    private List<double>? exact = [];
    private long[]? bins;

    public MarginTally()
        : this(ExactLimit)
    {
    }

    /// <summary>A tally that keeps up to <paramref name="exactLimit"/> margins exactly (smaller in tests).</summary>
    public MarginTally(int exactLimit) => this.exactLimit = exactLimit;

    public long Games { get; private set; }

    /// <summary>The margins summed in game order.</summary>
    public double Sum { get; private set; }

    /// <summary>The margins' distances from zero, summed in game order.</summary>
    public double SumAbsolute { get; private set; }

    /// <summary>Whether every margin is still kept (so the quantiles are exact).</summary>
    public bool IsExact => exact is not null;

    /// <summary>Numbers held: the margins kept, or the bins once they are poured out (at most 400,001).</summary>
    public int Held => exact?.Count ?? bins!.Length;

    /// <summary>The edges of the report's histogram of margins, in points.</summary>
    public static IReadOnlyList<double> BucketEdges => Edges;

    /// <summary>Games in each bucket of <see cref="BucketEdges"/>: below the first edge, between each two, from the last up.</summary>
    public IReadOnlyList<long> Buckets => buckets;

    public void Add(double margin)
    {
        Games++;
        Sum += margin;
        SumAbsolute += Math.Abs(margin);
        var bucket = 0;
        while (bucket < Edges.Length && margin >= Edges[bucket])
        {
            bucket++;
        }

        // A NaN margin falls in no bucket, as it fell in none when every margin was kept in a list.
        buckets[bucket] += double.IsNaN(margin) ? 0 : 1;
        if (exact is not null && exact.Count < exactLimit)
        {
            exact.Add(margin);
            return;
        }

        if (exact is not null)
        {
            bins = new long[(2 * Reach) + 1];
            exact.ForEach(Bin);
            exact = null;
        }

        Bin(margin);
    }

    /// <summary>The margins kept, in game order, while <see cref="IsExact"/>.</summary>
    public IReadOnlyList<double>? Exact => exact;

    /// <summary>The margin at position floor(q x games) in sorted order, from the bins (use <see cref="Exact"/> while it is kept).</summary>
    public double BinnedQuantile(double q)
    {
        if (bins is null || Games == 0)
        {
            throw new InvalidOperationException("The margins are still kept exactly; sort them instead.");
        }

        var rank = (long)Math.Min(Games - 1, Math.Floor(q * Games));
        long seen = 0;
        for (var i = 0; i < bins.Length; i++)
        {
            seen += bins[i];
            if (seen > rank)
            {
                return (i - Reach) * Step;
            }
        }

        return Reach * Step;
    }

    private void Bin(double margin) =>
        bins![double.IsNaN(margin) ? Reach : (int)Math.Clamp(Math.Round(margin / Step), -Reach, Reach) + Reach]++;
}
