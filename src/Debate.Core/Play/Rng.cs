using System.Runtime.CompilerServices;

namespace Debate.Core.Play;

/// <summary>
/// SplitMix64: a tiny seeded generator whose whole state is one <see cref="ulong"/>, so that a
/// match can carry it as a value and every replay draws the same numbers on every platform.
/// </summary>
public struct Rng
{
    // floor((2^64 - 1) / d) + 1 for each divisor d below 256 (index 0 unused): what Remainder multiplies by.
    private static readonly ulong[] Inverses = MakeInverses(256);

    /// <summary>Starts from a state (a seed is a state).</summary>
    public Rng(ulong state) => State = state;

    /// <summary>The state to store and resume from.</summary>
    public ulong State { get; private set; }

    /// <summary>The next 64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // A few instructions, called in the deal's shuffle and on every novice move.
    public ulong NextUInt64()
    {
        State += 0x9E3779B97F4A7C15UL;
        var z = State;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, <paramref name="max"/>), without modulo bias worth noticing for small max.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Next(int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        // The top 31 bits fit a uint, so the 32-bit remainder is the same number, and a cheaper division; for the
        // small counts a deal and a choice use, the remainder by two multiplications instead of a division.
        var x = (uint)(NextUInt64() >> 33);
        var inverses = Inverses;
        return (uint)max < (uint)inverses.Length ? (int)Remainder(x, (uint)max, inverses[max]) : (int)(x % (uint)max);
    }

    /// <summary>
    /// <paramref name="x"/> % <paramref name="d"/> for any 32-bit x and d, given <paramref name="inverse"/> = floor((2^64 - 1) / d) + 1
    /// (Lemire, Kaser and Kurz, "Faster remainder by direct computation", 2019: exact for every 32-bit numerator and divisor).
    /// </summary>
    /// <remarks>
    /// The high half of the 64-by-32-bit product is taken in two 32-bit halves rather than by Math.BigMul, whose
    /// BMI2 path made every method that inlines this one (the shuffle, the deal of roles, the novice's choice)
    /// ineligible for the ahead-of-time code of the launcher: those then started each run in the JIT's slowest tier.
    /// Exact: with low = h * 2^32 + l, floor(low * d / 2^64) = floor((h * d + floor(l * d / 2^32)) / 2^32), and the
    /// sum stays below 2^64.
    /// </remarks>
    internal static uint Remainder(uint x, uint d, ulong inverse)
    {
        var low = inverse * x;
        return (uint)(((low >> 32) * d + (((low & 0xFFFFFFFFUL) * d) >> 32)) >> 32);
    }

    internal static ulong[] MakeInverses(int count)
    {
        var inverses = new ulong[count];
        for (var d = 1; d < count; d++)
        {
            inverses[d] = (ulong.MaxValue / (ulong)d) + 1;
        }

        return inverses;
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
