using Debate.Core.Play;
using NUnit.Framework;

namespace Debate.Core.Tests.Play;

public sealed class RngTests
{
    // Next takes its remainder by multiplication for small counts; it must be the remainder of the same 31 bits
    // that a division gives, for every count below and past the table (1..400), from 500 states each (seeds 1..500).
    [Test]
    public void Next_IsTheRemainderOfTheTop31Bits_ForEveryCount()
    {
        for (var max = 1; max <= 400; max++)
        {
            for (ulong seed = 1; seed <= 500; seed++)
            {
                var rng = new Rng(seed * 0x9E3779B97F4A7C15UL);
                var reference = new Rng(seed * 0x9E3779B97F4A7C15UL);
                var expected = (int)((uint)(reference.NextUInt64() >> 33) % (uint)max);
                Assert.That(rng.Next(max), Is.EqualTo(expected), $"max {max}, seed {seed}");
            }
        }
    }

    // The remainder by multiplication takes the high half of a 64-by-32-bit product in two halves; a long run of
    // draws from one generator for every count it serves (1..255) reaches numerators all over the 31-bit range.
    [Test]
    public void Next_AgreesWithTheDivision_OverLongRuns()
    {
        for (var max = 1; max < 256; max++)
        {
            var rng = new Rng((ulong)max * 0xD1B54A32D192ED03UL);
            var reference = new Rng((ulong)max * 0xD1B54A32D192ED03UL);
            for (var i = 0; i < 20_000; i++)
            {
                var expected = (int)((uint)(reference.NextUInt64() >> 33) % (uint)max);
                var actual = rng.Next(max);
                if (actual != expected)
                {
                    Assert.Fail($"max {max}, draw {i}: {actual} instead of {expected}");
                }
            }
        }
    }
}
