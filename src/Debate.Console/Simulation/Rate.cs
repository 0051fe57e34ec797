namespace Debate.Console.Simulation;

/// <summary>A proportion with its Wilson score 95% confidence interval (sound near 0 and 1, and for small samples).</summary>
internal sealed record Rate(int Successes, int Trials, double Value, double Low, double High)
{
    private const double Z = 1.959963984540054;

    /// <summary>The rate of <paramref name="successes"/> in <paramref name="trials"/>.</summary>
    public static Rate Of(int successes, int trials)
    {
        if (trials <= 0)
        {
            return new Rate(0, 0, 0, 0, 1);
        }

        var p = (double)successes / trials;
        var z2 = Z * Z;
        var centre = (p + (z2 / (2 * trials))) / (1 + (z2 / trials));
        var half = Z * Math.Sqrt((p * (1 - p) / trials) + (z2 / (4.0 * trials * trials))) / (1 + (z2 / trials));
        return new Rate(successes, trials, p, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>Such as "71.2% (69.9–72.4)".</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Value * 100:0.0}% ({Low * 100:0.0}–{High * 100:0.0})");
}
