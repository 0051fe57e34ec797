using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Records;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Records;

public sealed class StateHashTests
{
    private static readonly Match Base = new MatchBuilder().InSpeech(4).WithArgument("A1").WithArgument("P4", target: 1).WithEvents("E1").Build();

    [Test]
    public void Of_TwoMatchesDealtAlike_IsEqual()
    {
        var one = MatchSetup.Start(SampleScenario.Build(), Playout.FiveSeats, 5);
        var two = MatchSetup.Start(SampleScenario.Build(), Playout.FiveSeats, 5);

        Assert.That(StateHash.Of(two), Is.EqualTo(StateHash.Of(one)));
    }

    [Test]
    public void Of_AnEqualMatchBuiltFromFreshArrays_IsEqual()
    {
        var copy = Base with
        {
            Hands = [.. Base.Hands.Select(h => h.ToArray().ToImmutableArray())],
            Floor = [.. Base.Floor.Select(a => a with { })],
            Audience = [.. Base.Audience.Select(v => new Vote(v.For, v.Against, v.Undecided))],
        };

        Assert.That(StateHash.Of(copy), Is.EqualTo(StateHash.Of(Base)));
    }

    [Test]
    public void Of_IsSixteenHexDigits()
    {
        Assert.That(StateHash.Of(Base), Does.Match("^[0-9a-f]{16}$"));
    }

    private static readonly (string Name, Func<Match, Match> Change)[] Changes =
    [
        ("speech", m => m with { SpeechIndex = m.SpeechIndex + 1 }),
        ("clock", m => m with { TimeLeft = m.TimeLeft - 1 }),
        ("move count", m => m with { MoveCount = m.MoveCount + 1 }),
        ("a hand", m => m with { Hands = m.Hands.SetItem(0, m.Hands[0].RemoveAt(0)) }),
        ("the order of a hand", m => m with { Hands = m.Hands.SetItem(1, [.. m.Hands[1].Reverse()]) }),
        ("cards drawn", m => m with { AllianceDeck = m.AllianceDeck with { Drawn = m.AllianceDeck.Drawn + 1 } }),
        ("a deck's order", m => m with { PartnershipDeck = m.PartnershipDeck with { Order = [.. m.PartnershipDeck.Order.Reverse()] } }),
        ("events drawn", m => m with { EventDeck = m.EventDeck with { Drawn = 1 } }),
        ("the order of the undrawn events", m => m with { EventDeck = m.EventDeck with { Order = [.. m.EventDeck.Order.Reverse()] } }),
        ("events in play", m => m with { EventsInPlay = [new CardId("E2")] }),
        ("an argument's card", m => m with { Floor = m.Floor.SetItem(0, m.Floor[0] with { Card = new CardId("A2") }) }),
        ("an argument's seat", m => m with { Floor = m.Floor.SetItem(0, m.Floor[0] with { Seat = 1 }) }),
        ("an argument's side", m => m with { Floor = m.Floor.SetItem(0, m.Floor[0] with { Side = Side.Partnership }) }),
        ("an argument's target", m => m with { Floor = m.Floor.SetItem(1, m.Floor[1] with { Target = null }) }),
        ("the floor's length", m => m with { Floor = m.Floor.RemoveAt(1) }),
        ("the audience by one bit", m => m with { Audience = m.Audience.SetItem(0, m.Audience[0] with { For = Math.BitIncrement(m.Audience[0].For) }) }),
        ("the audience against", m => m with { Audience = m.Audience.SetItem(1, m.Audience[1] with { Against = 31 }) }),
    ];

    private static IEnumerable<TestCaseData> ChangeCases() => Changes.Select(c => new TestCaseData(c.Change).SetArgDisplayNames(c.Name));

    [TestCaseSource(nameof(ChangeCases))]
    public void Of_AMatchDifferingInOnePart_IsDifferent(Func<Match, Match> change)
    {
        Assert.That(StateHash.Of(change(Base)), Is.Not.EqualTo(StateHash.Of(Base)));
    }

    // Seeds 1..100: along a playout every move reaches a state hash not seen before in that match.
    [Test]
    public void Of_EveryMoveOfRandomPlayoutsFromSeeds1To100_ChangesTheHash()
    {
        var scenario = SampleScenario.Build();
        for (ulong seed = 1; seed <= 100; seed++)
        {
            var start = MatchSetup.Start(scenario, Playout.TwoSeats, seed);
            var seen = new HashSet<string> { StateHash.Of(start) };
            foreach (var (before, move, result) in Playout.Steps(start, seed))
            {
                Assert.That(seen.Add(StateHash.Of(result.Match)), Is.True, $"seed {seed}: {move}");
            }
        }
    }
}
