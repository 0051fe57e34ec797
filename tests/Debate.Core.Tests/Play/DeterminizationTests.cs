using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Play;

public sealed class DeterminizationTests
{
    private static readonly Scenario Sample = SampleScenario.Build();

    private static IEnumerable<Match> PlayoutStates(ulong seed)
    {
        var start = MatchSetup.Start(Sample, Playout.FiveSeats, seed);
        yield return start;
        foreach (var step in Playout.Steps(start, seed))
        {
            yield return step.Result.Match;
        }
    }

    [Test]
    public void Sample_KeepsEverythingTheViewShows()
    {
        var match = MatchSetup.Start(Sample, Playout.FiveSeats, 12);
        var view = PlayerView.Of(match, 3);

        var world = Determinization.Sample(view, 99);

        Same.Properties(view, PlayerView.Of(world, 3));
    }

    [Test]
    public void Sample_GivesTheOtherSeatsRolesCarryingTheTitlesTheyShow()
    {
        var scenario = new ScenarioBuilder().WithRoles(
            ScenarioBuilder.Role("hawk", Side.Alliance, ObjectiveKind.SideWins),
            ScenarioBuilder.Role("dove", Side.Partnership, ObjectiveKind.SideWins) with { Title = "Envoy" },
            ScenarioBuilder.Role("mole", Side.Partnership, ObjectiveKind.RebuttalsLanded) with { Title = "Envoy" })
            .Build();
        var match = new MatchBuilder().For(scenario)
            .WithSeats(new("Ana", Side.Alliance, RoleId: "hawk"), new("Bo", Side.Partnership, RoleId: "mole")).Build();
        var view = PlayerView.Of(match, 0);

        var dealt = Enumerable.Range(1, 30).Select(s => Determinization.Sample(view, (ulong)s).Seats[1].RoleId).ToHashSet();

        Assert.That(dealt, Is.EquivalentTo(new[] { "dove", "mole" }));
    }

    [Test]
    public void Sample_GivesTheViewerTheirOwnHandAndEveryoneTheRightCount()
    {
        var match = MatchSetup.Start(Sample, Playout.FiveSeats, 12);
        var view = PlayerView.Of(match, 2);

        var world = Determinization.Sample(view, 5);

        Assert.Multiple(() =>
        {
            Assert.That(world.Hands[2], Is.EqualTo(match.Hands[2]));
            Assert.That(world.Hands.Select(h => h.Length), Is.EqualTo(match.Hands.Select(h => h.Length)));
            Assert.That(world.AllianceDeck.Left, Is.EqualTo(match.AllianceDeck.Left));
            Assert.That(world.PartnershipDeck.Left, Is.EqualTo(match.PartnershipDeck.Left));
            Assert.That(world.EventDeck.Left, Is.EqualTo(match.EventDeck.Left));
        });
    }

    [Test]
    public void Sample_TheSameSeed_GivesTheSameWorld()
    {
        var view = PlayerView.Of(MatchSetup.Start(Sample, Playout.TwoSeats, 12), 0);

        var one = Determinization.Sample(view, 7);
        var two = Determinization.Sample(view, 7);

        Assert.Multiple(() =>
        {
            Assert.That(Debate.Core.Records.StateHash.Of(two), Is.EqualTo(Debate.Core.Records.StateHash.Of(one)));
            Assert.That(two.EventDeck.Order, Is.EqualTo(one.EventDeck.Order));
            Assert.That(two.Seats, Is.EqualTo(one.Seats));
        });
    }

    [Test]
    public void Sample_DifferentSeeds_DealTheHiddenCardsDifferently()
    {
        var view = PlayerView.Of(MatchSetup.Start(Sample, Playout.TwoSeats, 12), 0);

        var hands = Enumerable.Range(1, 20).Select(s => string.Join(",", Determinization.Sample(view, (ulong)s).Hands[1])).Distinct();

        Assert.That(hands.Count(), Is.GreaterThan(1));
    }

    [Test]
    public void Sample_NeverDealsTheOtherSideTheViewersCardsOrTheCardsOnTheFloor()
    {
        var match = new MatchBuilder().InSpeech(3).WithHand(0, "A4", "X1").WithHand(1, "P1", "P2")
            .WithArgument("A1").WithArgument("P6").WithArgument("X2", side: Side.Partnership).Build();
        var view = PlayerView.Of(match, 0);

        var world = Determinization.Sample(view, 3);

        var partnership = world.Hands[1].Concat(world.PartnershipDeck.Order).Select(c => c.Value);
        var alliance = world.Hands[0].Concat(world.AllianceDeck.Order).Select(c => c.Value);
        Assert.Multiple(() =>
        {
            Assert.That(partnership, Is.EquivalentTo(new[] { "P1", "P2", "P3", "P4", "P5", "X1" }));
            Assert.That(alliance, Is.EquivalentTo(new[] { "A2", "A3", "A4", "A5", "A6", "X1", "X2" }));
        });
    }

    // Seeds 1..40, five seats, every seat's view of every state: the world sampled behind it shows the
    // same view, deals the right counts and keeps every side's cards (hand + deck + floor = its deck).
    [Test]
    public void Sample_OverRandomPlayoutsFromSeeds1To40_IsConsistentWithEveryView()
    {
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var match in PlayoutStates(seed).Where((_, i) => i % 3 == 0))
            {
                foreach (var seat in match.Seats)
                {
                    var view = PlayerView.Of(match, seat.Index);
                    var world = Determinization.Sample(view, seed * 13 + (ulong)seat.Index);

                    Same.Properties(view, PlayerView.Of(world, seat.Index));
                    Assert.That(world.Hands.Select(h => h.Length), Is.EqualTo(match.Hands.Select(h => h.Length)));
                    foreach (var side in new[] { Side.Alliance, Side.Partnership })
                    {
                        var deck = world.DeckOf(side);
                        var cards = deck.Order.Skip(deck.Drawn)
                            .Concat(world.Seats.Where(s => s.Side == side).SelectMany(s => world.Hands[s.Index]))
                            .Concat(world.Floor.Where(a => a.Side == side).Select(a => a.Card));
                        Assert.That(cards, Is.EquivalentTo(Sample.DeckOf(side).Select(c => c.Id)), $"seed {seed}, seat {seat.Index}, {side}");
                    }

                    Assert.That(world.EventDeck.Order.Intersect(world.EventsInPlay), Is.Empty);
                    Assert.That(world.EventDeck.Order.Concat(world.EventsInPlay), Is.EquivalentTo(Sample.Events.Select(e => e.Id)));
                }
            }
        }
    }

    [Test]
    public void Sample_IsAMatchThatPlaysToTheVerdict()
    {
        var match = MatchSetup.Start(Sample, Playout.FiveSeats, 21);
        var world = Determinization.Sample(PlayerView.Of(match, 0), 4);

        var last = Playout.Steps(world, 4).Last().Result;

        Assert.Multiple(() =>
        {
            Assert.That(Rules.LegalMoves(world), Is.EqualTo(Rules.LegalMoves(match)));
            Assert.That(last.Accepted, Is.True);
            Assert.That(last.Match.IsOver, Is.True);
        });
    }
}
