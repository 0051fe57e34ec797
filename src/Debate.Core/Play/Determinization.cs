using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// Builds a full match consistent with what a seat has seen, dealing the cards it cannot see at
/// random: the other hands and the decks. Opponents that search sample many such worlds, so they
/// plan over the hidden information without ever seeing it.
/// </summary>
public static class Determinization
{
    // Per scenario, built once: each side's deck in ordinal id order, and the events in scenario order.
    // Searching opponents sample thousands of worlds a second; filtering these beats re-sorting every time.
    private static readonly ConditionalWeakTable<Scenario, CardId[][]> Piles = [];

    /// <summary>One possible world behind <paramref name="view"/>, drawn with <paramref name="seed"/>.</summary>
    public static Match Sample(PlayerView view, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(view);
        var rng = new Rng(seed);
        var hands = new ImmutableArray<CardId>[view.Seats.Length];
        var decks = new Dictionary<Side, Deck>();
        foreach (var side in new[] { Side.Alliance, Side.Partnership })
        {
            var unseen = Unseen(view, side);
            rng.Shuffle(unseen);
            var next = 0;
            foreach (var seat in view.Seats.Where(s => s.Side == side))
            {
                if (seat.Index == view.Seat)
                {
                    hands[seat.Index] = view.Hand;
                    continue;
                }

                var count = Math.Min(view.HandCounts[seat.Index], unseen.Length - next);
                hands[seat.Index] = [.. unseen.AsSpan(next, count)];
                next += count;
            }

            decks[side] = new Deck([.. unseen.AsSpan(next)], 0);
        }

        var events = Array.FindAll(PilesOf(view.Scenario)[2], id => !view.EventsInPlay.Contains(id));
        rng.Shuffle(events);
        var seats = DealRoles(view, ref rng);
        return new Match
        {
            Scenario = view.Scenario,
            Seats = seats,
            Seed = seed,
            RngState = rng.State,
            SpeechIndex = view.SpeechIndex,
            SpeakerBySpeech = view.SpeakerBySpeech,
            TimeLeft = view.TimeLeft,
            Hands = [.. hands],
            AllianceDeck = decks[Side.Alliance],
            PartnershipDeck = decks[Side.Partnership],
            EventDeck = new Deck([.. events], 0),
            EventsInPlay = view.EventsInPlay,
            Floor = view.Floor,
            Audience = view.Audience,
            AudienceAfterSpeech = view.AudienceAfterSpeech,
            MoveCount = view.MoveCount,
        };
    }

    // The other seats' role titles are public: each gets a role that carries its title, at random among those that do.
    private static ImmutableArray<Seat> DealRoles(PlayerView view, ref Rng rng)
    {
        var taken = new HashSet<string?> { view.Role?.Id };
        var seats = view.Seats.ToBuilder();
        for (var i = 0; i < seats.Count; i++)
        {
            var title = view.RoleTitles[i];
            var options = view.Scenario.Roles.Where(r => r.Title == title && r.Side == seats[i].Side && !taken.Contains(r.Id)).ToList();
            if (i == view.Seat || options.Count == 0)
            {
                continue;
            }

            var role = options[rng.Next(options.Count)];
            taken.Add(role.Id);
            seats[i] = seats[i] with { RoleId = role.Id };
        }

        return seats.ToImmutable();
    }

    /// <summary>The cards of a side's deck that the viewer has not seen: not on the floor for that side, not in the viewer's hand.</summary>
    public static CardId[] Unseen(PlayerView view, Side side)
    {
        ArgumentNullException.ThrowIfNull(view);
        var deck = PilesOf(view.Scenario)[side == Side.Alliance ? 0 : 1];
        var mine = view.Side == side;
        var unseen = new List<CardId>(deck.Length);
        foreach (var id in deck)
        {
            if (!PlayedBy(view.Floor, side, id) && !(mine && view.Hand.Contains(id)))
            {
                unseen.Add(id);
            }
        }

        return [.. unseen];
    }

    private static bool PlayedBy(ImmutableArray<Argument> floor, Side side, CardId id)
    {
        foreach (var a in floor)
        {
            if (a.Side == side && a.Card == id)
            {
                return true;
            }
        }

        return false;
    }

    private static CardId[][] PilesOf(Scenario scenario) => Piles.GetValue(scenario, static s =>
    [
        [.. s.DeckOf(Side.Alliance).Select(c => c.Id).OrderBy(id => id.Value, StringComparer.Ordinal)],
        [.. s.DeckOf(Side.Partnership).Select(c => c.Id).OrderBy(id => id.Value, StringComparer.Ordinal)],
        [.. s.Events.Select(e => e.Id)],
    ]);
}
