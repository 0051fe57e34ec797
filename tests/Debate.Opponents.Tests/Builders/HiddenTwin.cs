using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Opponents.Tests.Builders;

/// <summary>
/// The same match with the hidden cards dealt differently: the other seats' hands and the unseen
/// rest of every deck reshuffled. What <c>seat</c> may see is unchanged.
/// </summary>
public static class HiddenTwin
{
    public static Match Of(Match match, int seat, ulong seed)
    {
        var rng = new Rng(seed);
        var hands = match.Hands.ToArray();
        var decks = new Dictionary<Side, Deck>();
        foreach (var side in new[] { Side.Alliance, Side.Partnership })
        {
            var deck = match.DeckOf(side);
            var others = match.Seats.Where(s => s.Side == side && s.Index != seat).Select(s => s.Index).ToList();
            var pool = others.SelectMany(i => hands[i]).Concat(deck.Order.Skip(deck.Drawn)).ToArray();
            rng.Shuffle(pool);
            var next = 0;
            foreach (var i in others)
            {
                hands[i] = [.. pool.Skip(next).Take(hands[i].Length)];
                next += hands[i].Length;
            }

            decks[side] = deck with { Order = [.. deck.Order.Take(deck.Drawn), .. pool.Skip(next)] };
        }

        var events = match.EventDeck.Order.Skip(match.EventDeck.Drawn).ToArray();
        rng.Shuffle(events);
        return match with
        {
            Hands = [.. hands],
            AllianceDeck = decks[Side.Alliance],
            PartnershipDeck = decks[Side.Partnership],
            EventDeck = match.EventDeck with { Order = [.. match.EventDeck.Order.Take(match.EventDeck.Drawn), .. events] },
            RngState = match.RngState ^ seed,
        };
    }

    /// <summary>Whether the two matches differ in anything <paramref name="seat"/> cannot see.</summary>
    public static bool DiffersInHidden(Match a, Match b, int seat) =>
        Enumerable.Range(0, a.Hands.Length).Any(i => i != seat && !a.Hands[i].SequenceEqual(b.Hands[i]))
        || !a.AllianceDeck.Order.SequenceEqual(b.AllianceDeck.Order)
        || !a.PartnershipDeck.Order.SequenceEqual(b.PartnershipDeck.Order);
}
