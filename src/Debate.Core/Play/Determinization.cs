using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// Builds a full match consistent with what a seat has seen, dealing the cards it cannot see at
/// random: the other hands and the decks. Opponents that search sample many such worlds, so they
/// plan over the hidden information without ever seeing it.
/// </summary>
public static class Determinization
{
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

        var events = view.Scenario.Events.Select(e => e.Id).Where(id => !view.EventsInPlay.Contains(id)).ToArray();
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
        var played = view.Floor.Where(a => a.Side == side).Select(a => a.Card).ToHashSet();
        var mine = view.Side == side ? view.Hand.ToHashSet() : [];
        return [.. view.Scenario.DeckOf(side).Select(c => c.Id).Where(id => !played.Contains(id) && !mine.Contains(id)).OrderBy(id => id.Value, StringComparer.Ordinal)];
    }
}
