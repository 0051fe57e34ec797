using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Debate.Core.Content;
using Debate.Core.Phases;

namespace Debate.Core.Play;

/// <summary>
/// Every transition of a match: the legal moves of the seat holding the floor, and
/// <see cref="Apply"/>, which returns the next match and what happened, or a rejection with the
/// match unchanged. Humans and opponents go through this one door.
/// </summary>
/// <remarks>
/// The phase rules (which kinds a speech allows, what happens when it begins and ends) come from
/// <see cref="PhaseTable"/>, compiled from the Stateless definition. Listing and applying moves work
/// on card indices and reuse interned moves; the text of what happened is made only when read.
/// </remarks>
public static class Rules
{

    /// <summary>The moves the speaker may make now (always including ending the speech); empty at the verdict.</summary>
    [SkipLocalsInit] // Every stack buffer here is written before it is read (the bit rows are cleared on purpose); zeroing them all cost more than the rest of the listing.
    public static ImmutableArray<Move> LegalMoves(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (match.IsOver)
        {
            return [];
        }

        var c = match.Compiled;
        var seat = match.Speaker;
        var time = match.TimeLeft;
        if (time <= 0)
        {
            return c.Moves.EndOnly(seat);
        }

        var side = match.Seats[seat].Side;
        var kinds = c.Phases.KindsAllowed(match.SpeechIndex);

        // The cards the seat has: kept hands as they are, or the plan's cards so far less those the seat has played.
        var kept = match.ExplicitHands;
        var hand = kept is not null ? HandCards.Of(kept, match.Seats.Length, seat) : match.Deal.Plan!.Arrived(match, seat);

        // One pass over the floor: the cards the seat has played; what each kind may go on, in floor order, as
        // (position, card): evidence on the speaker's own side's claims and rebuttals, a rebuttal on the other
        // side's; and those targets' cards as bits, so a card that bears on none of them is passed over at once.
        var floor = match.FloorEntries;
        var words = c.Words;
        Span<ulong> bits = words <= 8 ? stackalloc ulong[3 * words] : new ulong[3 * words];
        bits.Clear();
        var played = bits[..words];
        var ownCards = bits.Slice(words, words);
        var theirCards = bits.Slice(2 * words, words);
        Span<int> own = floor.Length <= 128 ? stackalloc int[floor.Length] : new int[floor.Length];
        Span<int> theirs = floor.Length <= 128 ? stackalloc int[floor.Length] : new int[floor.Length];
        int owns = 0, others = 0;
        for (var j = 0; j < floor.Length; j++)
        {
            var e = floor[j];
            var card = e.Card;
            if (e.Seat == seat)
            {
                played[card >> 6] |= 1UL << (card & 63);
            }

            if (e.IsContestable)
            {
                if (e.Side == side)
                {
                    own[owns++] = (j << 16) | (ushort)card;
                    ownCards[card >> 6] |= 1UL << (card & 63);
                }
                else
                {
                    theirs[others++] = (j << 16) | (ushort)card;
                    theirCards[card >> 6] |= 1UL << (card & 63);
                }
            }
        }

        // Each card that may be played, as (card, target id; 0 for a claim), in hand order then floor order.
        var most = hand.Length * (Math.Max(owns, others) + 1);
        Span<int> plays = most <= 512 ? stackalloc int[most] : new int[most];
        var count = 0;
        foreach (var card in hand)
        {
            var kind = c.Kind[card];
            if ((kept is null && ((played[card >> 6] >> (card & 63)) & 1) != 0)
                || ((kinds >> (int)kind) & 1) == 0 || c.Cost[card] > time)
            {
                continue;
            }

            if (kind == CardKind.Claim)
            {
                plays[count++] = card << 16;
                continue;
            }

            var evidence = kind == CardKind.Evidence;
            var bears = c.BearsRow(card);
            var open = evidence ? ownCards : theirCards;
            var any = 0UL;
            for (var w = 0; w < bears.Length; w++)
            {
                any |= bears[w] & open[w];
            }

            if (any == 0)
            {
                continue;
            }

            foreach (var target in evidence ? own[..owns] : theirs[..others])
            {
                var t = target & 0xFFFF;
                if (((bears[t >> 6] >> (t & 63)) & 1) != 0)
                {
                    plays[count++] = (card << 16) | ((target >> 16) + 1);
                }
            }
        }

        if (count <= 1)
        {
            return count == 0 ? c.Moves.EndOnly(seat) : c.Moves.OrEnd(Interned(c, seat, plays[0]), seat);
        }

        // The moves themselves come from the seat's table, one look-up each (made the first time they occur).
        var cache = c.Moves;
        var table = cache.TableFor(seat, floor.Length + 1);
        var moves = new Move[count + 1];
        var fill = moves.AsSpan(); // Written through a span: no covariance check per element.
        for (var i = 0; i < count; i++)
        {
            var play = plays[i];
            int card = play >> 16, target = play & 0xFFFF;
            fill[i] = table?.At(card, target) ?? cache.Made(table, seat, card, target);
        }

        fill[count] = cache.End(seat);
        return ImmutableCollectionsMarshal.AsImmutableArray(moves);
    }

    /// <summary>Why <paramref name="move"/> is not allowed now, or null when it is.</summary>
    public static Rejection? Check(Match match, Move move)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(move);
        return Refusal(match, move, out _);
    }

    /// <summary>Applies a move: the next match and what happened, or a rejection and the same match.</summary>
    public static ApplyResult Apply(Match match, Move move)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(move);
        var rejection = Refusal(match, move, out var card);
        if (rejection is not null)
        {
            return new ApplyResult(match, rejection, []);
        }

        var next = move.Kind == MoveKind.EndSpeech ? SpeechEnd.Apply(match) : Play(match, move, card);
        return new ApplyResult(match, move, next);
    }

    private static MoveCache.Interned Interned(CompiledScenario c, int seat, int play) => c.Moves.Play(seat, play >> 16, play & 0xFFFF);

    private static Rejection? Refusal(Match match, Move move, out int card)
    {
        card = -1;
        if (match.IsOver)
        {
            return new Rejection(RejectionCode.MatchOver, "The debate is over; only the verdict remains.");
        }

        if (move.Seat != match.Speaker)
        {
            var speaker = match.Seats[match.Speaker].Name;
            return new Rejection(RejectionCode.NotYourSpeech, $"It is {speaker}'s speech ({match.CurrentSpeech!.Title}).");
        }

        return move.Kind == MoveKind.EndSpeech ? null : CheckPlay(match, move, out card);
    }

    private static Rejection? CheckPlay(Match match, Move move, out int card)
    {
        var c = match.Compiled;
        if (ReferenceEquals(move.Owner, c) && move.Card == c.Ids[move.CardIndex])
        {
            card = move.CardIndex;
        }
        else if (!c.TryCardIndex(move.Card, out card))
        {
            return new Rejection(RejectionCode.UnknownCard, $"The scenario has no card '{move.Card}'.");
        }

        var id = c.Ids[card];
        if (!match.Holds(move.Seat, card))
        {
            return new Rejection(RejectionCode.CardNotInHand, $"{id} is not in your hand.");
        }

        var kind = c.Kind[card];
        var expected = move.Kind switch { MoveKind.PlayClaim => CardKind.Claim, MoveKind.PlayEvidence => CardKind.Evidence, _ => CardKind.Rebuttal };
        if (kind != expected)
        {
            return new Rejection(RejectionCode.WrongKind, $"{id} is {Article(kind)}, not {Article(expected)}.");
        }

        var table = c.Phases;
        if ((!table.Allows(match.SpeechIndex, kind) || match.TimeLeft <= 0)
            && table.WhyNot(match, move.Kind switch { MoveKind.PlayClaim => Trigger.PlayClaim, MoveKind.PlayEvidence => Trigger.PlayEvidence, _ => Trigger.PlayRebuttal }) is { } whyNot)
        {
            var code = table.Allows(match.SpeechIndex, kind) ? RejectionCode.NotEnoughTime : RejectionCode.KindNotAllowed;
            return new Rejection(code, whyNot);
        }

        if (c.Cost[card] > match.TimeLeft)
        {
            return new Rejection(RejectionCode.NotEnoughTime, $"{id} takes {c.Cost[card]} units of time; {match.TimeLeft} left in this speech.");
        }

        if (kind == CardKind.Claim)
        {
            return null;
        }

        // The legal case without building any text; the public check gives the reason for a refusal.
        var targetId = move.Target ?? 0;
        if (targetId >= 1 && targetId <= match.FloorCount)
        {
            var target = match.FloorEntries[targetId - 1];
            if (target.IsContestable && (target.Side == match.Seats[move.Seat].Side) == (kind == CardKind.Evidence) && c.Bears(card, target.Card))
            {
                return null;
            }
        }

        return Targeting.Check(match.Scenario, c.Cards[card], match.Seats[move.Seat].Side, match.ArgumentById(targetId), targetId);
    }

    // A dealt match's hands follow from its plan and its floor, so a card played changes the floor alone.
    private static Match Play(Match match, Move move, int card)
    {
        var c = match.Compiled;
        var deal = match.Deal;
        var seat = move.Seat;
        var entry = Entry(match, move, card);
        var count = match.FloorCount;
        return new Match(
            deal, match.SpeechIndex, match.TimeLeft - c.Cost[card], match.MoveCount + 1,
            match.ExplicitHands is { } kept ? HandCards.Without(kept, deal.Seats.Length, seat, card) : null,
            match.AllianceDrawn, match.PartnershipDrawn, match.EventDrawn, match.Events,
            match.FloorLog.Append(count, entry), count + 1, match.LeanLog, match.LeanCount, match.AudienceOverride);
    }

    /// <summary>The argument a legal card move puts on the floor, in the engine's form (<paramref name="card"/> is the move's card index).</summary>
    internal static FloorEntry Entry(Match match, Move move, int card)
    {
        var c = match.Compiled;
        var kind = c.Kind[card];
        var target = move.Target ?? 0;
        var direct = kind == CardKind.Rebuttal && target >= 1 && c.Names(card, match.FloorEntries[target - 1].Card);
        return new FloorEntry((short)card, match.Seats[move.Seat].Side, (byte)move.Seat, kind, direct, target, match.SpeechIndex);
    }

    private static string Article(CardKind kind) => kind switch
    {
        CardKind.Claim => "a claim",
        CardKind.Evidence => "evidence",
        CardKind.Rebuttal => "a rebuttal",
        _ => "an event",
    };
}
