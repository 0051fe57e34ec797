using System.Diagnostics;

namespace Debate.Server.Load;

/// <summary>Move-to-everyone-updated times in milliseconds, each with when it was taken, and their percentiles.</summary>
internal sealed class Latencies
{
    private readonly List<(long At, double Ms)> all = [];

    public int Count
    {
        get
        {
            lock (all)
            {
                return all.Count;
            }
        }
    }

    public void Add(double ms)
    {
        lock (all)
        {
            all.Add((Stopwatch.GetTimestamp(), ms));
        }
    }

    /// <summary>The value below which <paramref name="p"/> of the times fall (nearest rank).</summary>
    public double Percentile(double p) => Percentile(p, long.MinValue, long.MaxValue);

    /// <summary>As <see cref="Percentile(double)"/>, of the times taken between two timestamps only.</summary>
    public double Percentile(double p, long from, long until)
    {
        lock (all)
        {
            var sorted = all.Where(x => x.At >= from && x.At < until).Select(x => x.Ms).Order().ToList();
            return sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
        }
    }

    /// <summary>How many times were taken between two timestamps.</summary>
    public int CountBetween(long from, long until)
    {
        lock (all)
        {
            return all.Count(x => x.At >= from && x.At < until);
        }
    }
}
