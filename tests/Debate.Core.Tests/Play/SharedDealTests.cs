using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Tests.Builders;
using Debate.Scenarios;
using NUnit.Framework;

namespace Debate.Core.Tests.Play;

/// <summary>
/// The deal shares what many matches have alike (the seats of one seating with the same roles, the rows of events in
/// play revealed in the same order): a match must still hold exactly its own seats, roles and events.
/// </summary>
public sealed class SharedDealTests
{
    // The built-in debate has four roles a side, dealt at random to seats that ask for none.
    private static readonly Scenario Debate = BuiltInScenarios.Default;

    // Seeds 1..60 dealt one after another on this thread (so later deals may reuse earlier seats) against each dealt
    // alone on a new thread (nothing to reuse): the same seats and roles, by value.
    [Test]
    public void Start_ManyDealsOfOneSeating_GiveEachTheSeatsOfADealOnItsOwn()
    {
        SeatSpec[] seats = [new("Ana", Side.Alliance, "novice"), new("Bo", Side.Partnership, "novice"), new("Cy", Side.Alliance, "novice")];
        var roles = new HashSet<string>();
        for (ulong seed = 1; seed <= 60; seed++)
        {
            var here = MatchSetup.Start(Debate, seats, seed);
            Match? alone = null;
            var thread = new Thread(() => alone = MatchSetup.Start(Debate, seats, seed));
            thread.Start();
            thread.Join();

            Assert.That(here.Seats, Is.EqualTo(alone!.Seats), $"seed {seed}");
            Assert.That(here.SpeakerBySpeech, Is.EqualTo(alone.SpeakerBySpeech), $"seed {seed}");
            roles.Add(string.Join(",", here.Seats.Select(s => s.RoleId)));
        }

        // Many combinations of roles were dealt, so a seating reused for the wrong roles would show.
        Assert.That(roles, Has.Count.GreaterThan(10));
    }

    // Other seat objects with other names and controllers, dealt the same roles: the match carries its own seats.
    [Test]
    public void Start_AnotherSeatingAfterOne_KeepsItsOwnNamesAndSides()
    {
        SeatSpec[] first = [new("Ana", Side.Alliance, "novice"), new("Bo", Side.Partnership, "novice")];
        SeatSpec[] second = [new("Dee", Side.Alliance, "debater"), new("Eve", Side.Partnership, "champion")];
        SeatSpec[] swapped = [new("Fay", Side.Partnership, "novice"), new("Gus", Side.Alliance, "novice")];

        _ = MatchSetup.Start(Debate, first, 7);
        var match = MatchSetup.Start(Debate, second, 7);
        var other = MatchSetup.Start(Debate, swapped, 7);

        Assert.Multiple(() =>
        {
            Assert.That(match.Seats.Select(s => (s.Name, s.Side, s.Controller)), Is.EqualTo(new[] { ("Dee", Side.Alliance, "debater"), ("Eve", Side.Partnership, "champion") }));
            Assert.That(other.Seats.Select(s => (s.Name, s.Side)), Is.EqualTo(new[] { ("Fay", Side.Partnership), ("Gus", Side.Alliance) }));
            Assert.That(other.SpeakerBySpeech[0], Is.EqualTo(1), "the Alliance seat opens");
        });
    }

    // Every position of seeded playouts: the events in play are the top of the match's own world deck, in the order
    // they were revealed, though matches that revealed the same events share one row of them.
    [Test]
    public void EventsInPlay_EveryPositionOfRandomPlayouts_AreTheTopOfTheMatchsOwnWorldDeck()
    {
        var revealed = 0;
        for (ulong seed = 1; seed <= 80; seed++)
        {
            foreach (var (_, _, result) in Playout.Steps(MatchSetup.Start(Debate, Playout.TwoSeats, seed), seed * 13))
            {
                var match = result.Match;
                var deck = match.EventDeck;
                Assert.That(match.EventsInPlay, Is.EqualTo(deck.Order.Take(deck.Drawn)), $"seed {seed}, move {match.MoveCount}");
                revealed += match.EventsInPlay.Length;
            }
        }

        Assert.That(revealed, Is.GreaterThan(500));
    }
}
