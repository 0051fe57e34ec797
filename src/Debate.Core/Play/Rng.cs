namespace Debate.Core.Play;

/// <summary>
/// SplitMix64: a tiny seeded generator whose whole state is one <see cref="ulong"/>, so that a
/// match can carry it as a value and every replay draws the same numbers on every platform.
/// </summary>
public struct Rng
{
    /// <summary>Starts from a state (a seed is a state).</summary>
    public Rng(ulong state) => State = state;

    /// <summary>The state to store and resume from.</summary>
    public ulong State { get; private set; }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        State += 0x9E3779B97F4A7C15UL;
        var z = State;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, <paramref name="max"/>), without modulo bias worth noticing for small max.</summary>
    public int Next(int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        // The top 31 bits fit a uint, so the 32-bit remainder is the same number, and a cheaper division.
        return (int)((uint)(NextUInt64() >> 33) % (uint)max);
    }

    /// <summary>Fisher-Yates shuffle in place.</summary>
    public void Shuffle<T>(T[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
