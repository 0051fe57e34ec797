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
        var seen = view.Source;
        var c = seen.Compiled;
        var basis = view.Basis;
        var rng = new Rng(seed);
        var seats = view.Seats;

        // Deal side by side (the generator's order), then lay the hands out in seat order.
        Span<int> from = stackalloc int[seats.Length * 2];
        var unseen = new short[2][];
        var piles = new CardRow[2];
        var total = seats.Length;
        foreach (var side in (ReadOnlySpan<Side>)[Side.Alliance, Side.Partnership])
        {
            var cards = unseen[(int)side] = (short[])basis.Unseen[(int)side].Clone();
            rng.Shuffle(cards);
            var next = 0;
            for (var s = 0; s < seats.Length; s++)
            {
                if (seats[s].Side == side && s != view.Seat)
                {
                    var count = Math.Min(basis.HandCounts[s], cards.Length - next);
                    (from[s * 2], from[(s * 2) + 1]) = (next, count);
                    next += count;
                    total += count;
                }
            }

            piles[(int)side] = CardRow.OfCards(cards[next..]);
        }

        var max = seen.MaxHand;
        Span<short> buffer = max <= 128 ? stackalloc short[max] : new short[max];
        var own = seen.HandOf(view.Seat, buffer);
        var hands = new short[total + own.Length];
        var at = seats.Length;
        for (var s = 0; s < seats.Length; s++)
        {
            var hand = s == view.Seat ? own : unseen[(int)seats[s].Side].AsSpan(from[s * 2], from[(s * 2) + 1]);
            hands[s] = (short)hand.Length;
            hand.CopyTo(hands.AsSpan(at));
            at += hand.Length;
        }

        var events = (short[])basis.Events.Clone();
        rng.Shuffle(events);
        var dealt = DealRoles(view, basis, ref rng);
        var deal = new Deal(view.Scenario, dealt, seed, rng.State, view.SpeakerBySpeech, piles[0], piles[1], CardRow.OfCards(events));
        return new Match(
            deal, seen.SpeechIndex, seen.TimeLeft, seen.MoveCount, hands, 0, 0, 0, seen.Events,
            seen.FloorLog, seen.FloorCount, seen.LeanLog, seen.LeanCount, seen.AudienceOverride);
    }

    /// <summary>The cards of a side's deck that the viewer has not seen: not on the floor for that side, not in the viewer's hand.</summary>
    public static CardId[] Unseen(PlayerView view, Side side)
    {
        ArgumentNullException.ThrowIfNull(view);
        var c = view.Source.Compiled;
        var basis = view.Basis;
        return [.. basis.Unseen[(int)side].Select(card => c.Ids[card])];
    }

    // The other seats' role titles are public: each gets a role that carries its title, at random among those that do.
    private static ImmutableArray<Seat> DealRoles(PlayerView view, SampleBasis basis, ref Rng rng)
    {
        var seats = view.Seats;
        if (!basis.AnyRoleToDeal)
        {
            return seats;
        }

        var roles = view.Scenario.Roles;
        var own = view.Role?.Id;
        Span<bool> taken = roles.Length <= 64 ? stackalloc bool[roles.Length] : new bool[roles.Length];
        for (var r = 0; r < roles.Length; r++)
        {
            taken[r] = roles[r].Id == own;
        }

        var dealt = seats.ToBuilder();
        Span<int> options = roles.Length <= 64 ? stackalloc int[roles.Length] : new int[roles.Length];
        for (var i = 0; i < dealt.Count; i++)
        {
            var title = view.RoleTitles[i];
            var count = 0;
            for (var r = 0; r < roles.Length; r++)
            {
                if (roles[r].Title == title && roles[r].Side == dealt[i].Side && !taken[r])
                {
                    options[count++] = r;
                }
            }

            if (i == view.Seat || count == 0)
            {
                continue;
            }

            var chosen = options[rng.Next(count)];
            for (var r = 0; r < roles.Length; r++)
            {
                // Taken by id, as a set of ids: a second role with the same id is taken with it.
                taken[r] |= roles[r].Id == roles[chosen].Id;
            }

            dealt[i] = dealt[i] with { RoleId = roles[chosen].Id };
        }

        return dealt.ToImmutable();
    }
}
