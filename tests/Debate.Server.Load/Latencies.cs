namespace Debate.Server.Load;

/// <summary>Move-to-everyone-updated times in milliseconds, and their percentiles.</summary>
internal sealed class Latencies
{
    private readonly List<double> all = [];

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
            all.Add(ms);
        }
    }

    /// <summary>The value below which <paramref name="p"/> of the times fall (nearest rank).</summary>
    public double Percentile(double p)
    {
        lock (all)
        {
            if (all.Count == 0)
            {
                return double.NaN;
            }

            var sorted = all.Order().ToList();
            return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
        }
    }
}
