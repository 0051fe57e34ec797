using System.Globalization;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Core.Records;

/// <summary>
/// A 64-bit FNV-1a hash of everything that makes a match what it is (speech, clock, hands, decks,
/// floor, events, audience to the bit), written after each move so a replay can prove it reached
/// the same state.
/// </summary>
public static class StateHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Sixteen hex digits.</summary>
    public static string Of(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var h = Offset;
        Mix(ref h, match.SpeechIndex);
        Mix(ref h, match.TimeLeft);
        Mix(ref h, match.MoveCount);
        foreach (var hand in match.Hands)
        {
            Mix(ref h, hand.Length);
            foreach (var id in hand)
            {
                Mix(ref h, id);
            }
        }

        Mix(ref h, match.AllianceDeck.Drawn);
        Mix(ref h, match.PartnershipDeck.Drawn);
        Mix(ref h, match.EventDeck.Drawn);
        foreach (var id in match.AllianceDeck.Order.Concat(match.PartnershipDeck.Order).Concat(match.EventDeck.Order).Concat(match.EventsInPlay))
        {
            Mix(ref h, id);
        }

        foreach (var a in match.Floor)
        {
            Mix(ref h, a.Card);
            Mix(ref h, (int)a.Side);
            Mix(ref h, a.Seat);
            Mix(ref h, a.Target ?? 0);
        }

        foreach (var v in match.Audience)
        {
            Mix(ref h, BitConverter.DoubleToInt64Bits(v.For));
            Mix(ref h, BitConverter.DoubleToInt64Bits(v.Against));
        }

        return h.ToString("x16", CultureInfo.InvariantCulture);
    }

    private static void Mix(ref ulong h, long value)
    {
        for (var i = 0; i < 8; i++)
        {
            h = (h ^ (byte)(value >> (8 * i))) * Prime;
        }
    }

    private static void Mix(ref ulong h, CardId id)
    {
        foreach (var c in id.Value)
        {
            h = (h ^ c) * Prime;
        }

        h = (h ^ 0xFF) * Prime;
    }
}
