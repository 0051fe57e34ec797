using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// What every world sampled behind one view shares, worked out once for that view: each side's
/// unseen cards in ordinal id order (not on the floor for that side, not in the viewer's hand), the
/// events not yet in play in scenario order, how many cards each hand holds, and whether any other
/// seat has a role to guess.
/// </summary>
internal sealed class SampleBasis
{
    public SampleBasis(PlayerView view)
    {
        var match = view.Source;
        var c = match.Compiled;
        var floor = match.FloorEntries;
        var hand = match.HandOf(view.Seat, new short[match.MaxHand]);
        Unseen = new short[2][];
        foreach (var side in (ReadOnlySpan<Side>)[Side.Alliance, Side.Partnership])
        {
            var mine = view.Side == side;
            var unseen = new List<short>();
            foreach (var card in c.ByOrdinalId(side))
            {
                if (!PlayedBy(floor, side, card) && !(mine && hand.IndexOf(card) >= 0))
                {
                    unseen.Add(card);
                }
            }

            Unseen[(int)side] = [.. unseen];
        }

        var inPlay = match.Events.Cards(c);
        Events = [.. c.EventDeck.Where(e => Array.IndexOf(inPlay, e) < 0)];
        HandCounts = new int[view.Seats.Length];
        for (var s = 0; s < HandCounts.Length; s++)
        {
            HandCounts[s] = match.HandCount(s);
        }

        for (var s = 0; s < HandCounts.Length; s++)
        {
            AnyRoleToDeal |= s != view.Seat && view.RoleTitles[s] is not null;
        }
    }

    public short[][] Unseen { get; }

    public short[] Events { get; }

    public int[] HandCounts { get; }

    public bool AnyRoleToDeal { get; }

    private static bool PlayedBy(ReadOnlySpan<FloorEntry> floor, Side side, short card)
    {
        foreach (var a in floor)
        {
            if (a.Side == side && a.Card == card)
            {
                return true;
            }
        }

        return false;
    }
}
