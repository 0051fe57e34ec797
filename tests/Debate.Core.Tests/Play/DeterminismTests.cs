using Debate.Core.Play;
using Debate.Core.Records;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Play;

public sealed class DeterminismTests
{
    [TestCase(1UL)]
    [TestCase(42UL)]
    [TestCase(123456789UL)]
    public void Play_TheSameSeedAndMoves_ReachTheSameStateHash(ulong seed)
    {
        var scenario = SampleScenario.Build();

        var (first, firstRecord) = Playout.Play(scenario, Playout.FiveSeats, seed);
        var (second, secondRecord) = Playout.Play(SampleScenario.Build(), Playout.FiveSeats, seed);

        Assert.Multiple(() =>
        {
            Assert.That(StateHash.Of(second), Is.EqualTo(StateHash.Of(first)));
            Assert.That(RecordJson.Write(secondRecord), Is.EqualTo(RecordJson.Write(firstRecord)));
        });
    }

    [Test]
    public void Start_DifferentSeeds1To30_DealDifferentDecks()
    {
        var scenario = SampleScenario.Build();

        var deals = Enumerable.Range(1, 30)
            .Select(seed => MatchSetup.Start(scenario, Playout.TwoSeats, (ulong)seed))
            .Select(m => string.Join(",", m.AllianceDeck.Order) + "|" + string.Join(",", m.PartnershipDeck.Order))
            .ToList();

        Assert.That(deals.Distinct().Count(), Is.EqualTo(30));
    }

    [Test]
    public void Start_DifferentSeeds_DealDifferentHands()
    {
        var scenario = SampleScenario.Build();

        var one = MatchSetup.Start(scenario, Playout.TwoSeats, 1);
        var two = MatchSetup.Start(scenario, Playout.TwoSeats, 2);

        Assert.That(one.Hands[0], Is.Not.EqualTo(two.Hands[0]));
    }

    [Test]
    public void Rng_TheSameSeed_DrawsTheSameNumbers()
    {
        var a = new Rng(99);
        var b = new Rng(99);

        var first = Enumerable.Range(0, 20).Select(_ => a.NextUInt64()).ToList();
        var second = Enumerable.Range(0, 20).Select(_ => b.NextUInt64()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(a.State, Is.EqualTo(b.State));
        });
    }

    [Test]
    public void Rng_KnownSeed_GivesTheSplitMix64Sequence()
    {
        // Reference values of SplitMix64 from seed 0, so the generator stays the same on every platform.
        var rng = new Rng(0);

        Assert.That(new[] { rng.NextUInt64(), rng.NextUInt64() }, Is.EqualTo(new[] { 0xE220A8397B1DCDAFUL, 0x6E789E6AA1B965F4UL }));
    }

    [Test]
    public void Rng_Next_StaysBelowItsBoundAndReachesEveryValue()
    {
        var rng = new Rng(5);

        var drawn = Enumerable.Range(0, 1000).Select(_ => rng.Next(7)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(drawn, Is.All.InRange(0, 6));
            Assert.That(drawn.Distinct().Count(), Is.EqualTo(7));
        });
    }

    [Test]
    public void Rng_NextOfZero_Throws()
    {
        var rng = new Rng(5);

        Assert.Throws<ArgumentOutOfRangeException>(() => rng.Next(0));
    }

    [Test]
    public void Rng_Shuffle_IsAPermutation()
    {
        var rng = new Rng(8);
        var items = Enumerable.Range(0, 50).ToArray();

        rng.Shuffle(items);

        Assert.Multiple(() =>
        {
            Assert.That(items, Is.EquivalentTo(Enumerable.Range(0, 50)));
            Assert.That(items, Is.Not.EqualTo(Enumerable.Range(0, 50)));
        });
    }
}
