namespace Debate.Core.Play;

/// <summary>
/// Where each hand of a dealt match comes from: each seat's deal and each speech's draw, as runs of
/// its side's shuffled pile, fixed at the deal. A seat's hand is then those runs, up to the current
/// speech, less the cards that seat has put on the floor, in the order they came in: so a move keeps
/// no hands of its own and copies none.
/// </summary>
internal sealed class HandPlan
{
    // [2s, 2s+1]: seat s's deal (start, count) in its side's pile; [2(seats+k), +1]: the draw of speech k's speaker.
    private readonly short[] runs;
    private readonly int seats;

    public HandPlan(short[] runs, int seats)
    {
        this.runs = runs;
        this.seats = seats;
        var most = 0;
        for (var s = 0; s < seats; s++)
        {
            most = Math.Max(most, runs[(2 * s) + 1]);
        }

        // At most a whole deal plus every draw.
        for (var k = seats; k < runs.Length / 2; k++)
        {
            most += runs[(2 * k) + 1];
        }

        MaxHand = most;
    }

    /// <summary>An upper bound on any hand's size.</summary>
    public int MaxHand { get; }

    /// <summary>Writes <paramref name="seat"/>'s hand in <paramref name="match"/> into <paramref name="buffer"/>.</summary>
    public ReadOnlySpan<short> Hand(Match match, int seat, Span<short> buffer)
    {
        var deal = match.Deal;
        var c = deal.Compiled;
        var pile = deal.PileOf(deal.Seats[seat].Side).Cards(c);
        var words = (c.Cards.Length + 63) >> 6;
        Span<ulong> played = words <= 16 ? stackalloc ulong[words] : new ulong[words];
        played.Clear();
        foreach (var e in match.FloorEntries)
        {
            if (e.Seat == seat)
            {
                played[e.Card >> 6] |= 1UL << (e.Card & 63);
            }
        }

        var n = Emit(pile, runs[2 * seat], runs[(2 * seat) + 1], played, buffer, 0);
        var speakers = deal.SpeakerBySpeech;
        var last = Math.Min(match.SpeechIndex, speakers.Length - 1);
        for (var k = 0; k <= last; k++)
        {
            if (speakers[k] == seat)
            {
                n = Emit(pile, runs[2 * (seats + k)], runs[(2 * (seats + k)) + 1], played, buffer, n);
            }
        }

        return buffer[..n];
    }

    private static int Emit(short[] pile, int start, int count, ReadOnlySpan<ulong> played, Span<short> buffer, int n)
    {
        for (var i = start; i < start + count; i++)
        {
            var card = pile[i];
            if (((played[card >> 6] >> (card & 63)) & 1) == 0)
            {
                buffer[n++] = card;
            }
        }

        return n;
    }
}
