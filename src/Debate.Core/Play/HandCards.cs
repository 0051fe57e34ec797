namespace Debate.Core.Play;

/// <summary>
/// Every seat's hand in one small array of card indices: first each seat's card count, then the
/// hands one after another, each in the order its cards came in. A move that changes one hand makes
/// one new array of a few dozen bytes.
/// </summary>
internal static class HandCards
{
    public static ReadOnlySpan<short> Of(short[] hands, int seats, int seat)
    {
        var start = seats;
        for (var s = 0; s < seat; s++)
        {
            start += hands[s];
        }

        return hands.AsSpan(start, hands[seat]);
    }

    /// <summary>Whether <paramref name="seat"/> holds <paramref name="card"/>.</summary>
    public static bool Holds(short[] hands, int seats, int seat, int card) => Of(hands, seats, seat).IndexOf((short)card) >= 0;

    /// <summary>The hands with the first <paramref name="card"/> of <paramref name="seat"/>'s hand gone.</summary>
    public static short[] Without(short[] hands, int seats, int seat, int card)
    {
        var start = seats;
        for (var s = 0; s < seat; s++)
        {
            start += hands[s];
        }

        var at = start + hands.AsSpan(start, hands[seat]).IndexOf((short)card);
        var next = new short[hands.Length - 1];
        hands.AsSpan(0, at).CopyTo(next);
        hands.AsSpan(at + 1).CopyTo(next.AsSpan(at));
        next[seat]--;
        return next;
    }

    /// <summary>The hands with <paramref name="cards"/> added at the end of <paramref name="seat"/>'s hand.</summary>
    public static short[] With(short[] hands, int seats, int seat, ReadOnlySpan<short> cards)
    {
        var end = seats;
        for (var s = 0; s <= seat; s++)
        {
            end += hands[s];
        }

        var next = new short[hands.Length + cards.Length];
        hands.AsSpan(0, end).CopyTo(next);
        cards.CopyTo(next.AsSpan(end));
        hands.AsSpan(end).CopyTo(next.AsSpan(end + cards.Length));
        next[seat] += (short)cards.Length;
        return next;
    }
}
