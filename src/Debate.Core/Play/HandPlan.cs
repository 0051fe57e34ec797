using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// Where each hand of a dealt match comes from, fixed at the deal: every card a seat will hold, in
/// the order it comes in (its deal, then the draw of each speech it gives), and how many of them it
/// holds by each speech. A seat's hand is then that row, up to the current speech, less the cards
/// the seat has put on the floor: so a move keeps no hands of its own and copies none.
/// </summary>
internal sealed class HandPlan
{
    // One array, since a plan is made for every match: first where each seat's row starts (seats + 1
    // entries, the last the end), then how many of seat s's cards have come in by speech k at
    // [seats + 1 + s * (speeches + 1) + k + 1] (k = -1: the deal), then every seat's row of cards.
    private readonly short[] data;
    private readonly int seats;
    private readonly int speeches;

    /// <summary>The plan for these seats from the runs of their sides' piles.</summary>
    /// <param name="runs">[2s, 2s+1]: seat s's deal (start, count) in its side's pile; [2(seats+k), +1]: the draw of speech k's speaker.</param>
    // Optimised at its first call, not tiered: see SpeechEnd.Apply.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public HandPlan(ReadOnlySpan<short> runs, ImmutableArray<Seat> seats, ImmutableArray<int> speakers, short[] alliance, short[] partnership)
    {
        var n = this.seats = seats.Length;
        speeches = speakers.Length;
        Span<short> start = stackalloc short[n + 1];
        start[0] = (short)(n + 1 + (n * (speeches + 1)));
        for (var s = 0; s < n; s++)
        {
            int count = runs[(2 * s) + 1];
            for (var k = 0; k < speeches; k++)
            {
                count += speakers[k] == s ? runs[(2 * (n + k)) + 1] : 0;
            }

            start[s + 1] = (short)(start[s] + count);
            MaxHand = Math.Max(MaxHand, count);
        }

        data = new short[start[n]];
        start.CopyTo(data);
        for (var s = 0; s < n; s++)
        {
            var pile = seats[s].Side == Side.Alliance ? alliance : partnership;
            var at = Copy(pile, runs, s, start[s]);
            var arrived = n + 1 + (s * (speeches + 1));
            data[arrived] = (short)(at - start[s]);
            for (var k = 0; k < speeches; k++)
            {
                if (speakers[k] == s)
                {
                    at = Copy(pile, runs, n + k, at);
                }

                data[arrived + k + 1] = (short)(at - start[s]);
            }
        }
    }

    /// <summary>The most cards any seat ever holds.</summary>
    public int MaxHand { get; }

    /// <summary>Writes <paramref name="seat"/>'s hand in <paramref name="match"/> into <paramref name="buffer"/>.</summary>
    // Optimised at its first call, not tiered: see SpeechEnd.Apply.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<short> Hand(Match match, int seat, Span<short> buffer)
    {
        var words = (match.Compiled.Cards.Length + 63) >> 6;
        Span<ulong> played = words <= 16 ? stackalloc ulong[words] : new ulong[words];
        played.Clear();
        foreach (var e in match.FloorEntries)
        {
            if (e.Seat == seat)
            {
                played[e.Card >> 6] |= 1UL << (e.Card & 63);
            }
        }

        var n = 0;
        foreach (var card in Arrived(match, seat))
        {
            if (((played[card >> 6] >> (card & 63)) & 1) == 0)
            {
                buffer[n++] = card;
            }
        }

        return buffer[..n];
    }

    /// <summary>Whether <paramref name="seat"/> holds <paramref name="card"/> now: it has come in and the seat has not played it (a seat's pile holds a card once).</summary>
    // Optimised at its first call, not tiered: see SpeechEnd.Apply.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Holds(Match match, int seat, int card)
    {
        if (Arrived(match, seat).IndexOf((short)card) < 0)
        {
            return false;
        }

        foreach (var e in match.FloorEntries)
        {
            if (e.Card == card && e.Seat == seat)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many cards <paramref name="seat"/> holds now.</summary>
    // Optimised at its first call, not tiered: see SpeechEnd.Apply.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Count(Match match, int seat)
    {
        var played = 0;
        foreach (var e in match.FloorEntries)
        {
            played += e.Seat == seat ? 1 : 0;
        }

        return Arrived(match, seat).Length - played;
    }

    /// <summary>Every card the seat has had by the current speech (the last speech's draws at the verdict), played or not.</summary>
    // Optimised at its first call, not tiered: see SpeechEnd.Apply.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<short> Arrived(Match match, int seat)
    {
        var k = Math.Min(match.SpeechIndex, speeches - 1);
        return data.AsSpan(data[seat], data[seats + 1 + (seat * (speeches + 1)) + k + 1]);
    }

    private int Copy(short[] pile, ReadOnlySpan<short> runs, int run, int at)
    {
        var count = runs[(2 * run) + 1];
        pile.AsSpan(runs[2 * run], count).CopyTo(data.AsSpan(at));
        return at + count;
    }
}
