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
    // The kinds whose arguments can be attacked and supported (FloorEntry.IsContestable), as bits by CardKind.
    private const int ContestableKinds = (1 << (int)CardKind.Claim) | (1 << (int)CardKind.Rebuttal);

    /// <summary>The moves the speaker may make now (always including ending the speech); empty at the verdict.</summary>
    /// <remarks>The engine's own callers that pick one move list them into a <see cref="MoveListing"/> they keep instead: the same moves in the same order, without making this array.</remarks>
    [SkipLocalsInit] // The buffer of plays is written before it is read.
    public static ImmutableArray<Move> LegalMoves(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        Unsafe.SkipInit(out Ints256 buffer);
        Span<int> plays = buffer;
        var count = CardPlays(match, plays);
        if (count < -1)
        {
            plays = new int[~count];
            count = CardPlays(match, plays);
        }

        return count < 0 ? [] : Moves(match, plays[..count]);
    }

    /// <summary>The list <see cref="LegalMoves"/> gives for the card moves <paramref name="plays"/> of <paramref name="match"/>'s speaker: those moves, then ending the speech.</summary>
    internal static ImmutableArray<Move> Moves(Match match, ReadOnlySpan<int> plays)
    {
        var cache = match.Compiled.Moves;
        var seat = match.Speaker;
        var count = plays.Length;
        if (count <= 1)
        {
            return count == 0 ? cache.EndOnly(seat) : cache.OrEnd(cache.Play(seat, plays[0] >> 16, plays[0] & 0xFFFF), seat);
        }

        // The moves themselves come from the seat's table, one look-up each (made the first time they occur).
        var table = cache.TableFor(seat, match.FloorCount + 1);
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

    /// <summary>
    /// The card moves <paramref name="match"/>'s speaker may make now, written into <paramref name="plays"/> as
    /// (card index &lt;&lt; 16 | target id; 0 for a claim) in the legal moves' order: each card of the hand in hand
    /// order, on each argument it may go on in floor order. Returns how many; -1 at the verdict; when
    /// <paramref name="plays"/> may be too short, the bitwise complement of the length it needs (below -1), and
    /// nothing written.
    /// </summary>
    [SkipLocalsInit] // Every buffer here is written before it is read (the bit rows are cleared on purpose); zeroing them all cost more than the rest of the listing.
    internal static int CardPlays(Match match, Span<int> plays)
    {
        var deal = match.Deal;
        var speech = match.SpeechIndex;
        var scenario = deal.Scenario;
        if (speech >= scenario.Speeches.Length)
        {
            return -1;
        }

        var c = scenario.Compiled;
        var seat = deal.SpeakerBySpeech[speech];
        var time = match.TimeLeft;
        if (time <= 0)
        {
            return 0;
        }

        var side = deal.Seats[seat].Side;
        var kinds = c.Phases.KindsAllowed(speech);

        // The cards the seat has: kept hands as they are, or the plan's cards so far less those the seat has played.
        var kept = match.ExplicitHands;
        var hand = kept is not null ? HandCards.Of(kept, deal.Seats.Length, seat) : deal.Plan!.Arrived(match, seat);

        // One pass over the floor: the cards the seat has played, and what each kind may go on, in floor order, as
        // (card, target id): evidence on the speaker's own side's claims and rebuttals, a rebuttal on the other side's.
        var floor = match.FloorEntries;
        var words = c.Words;
        FourWords playedRow = default;
        Span<ulong> played = words <= 4 ? playedRow[..words] : new ulong[words];
        Unsafe.SkipInit(out Ints64 ownBuffer);
        Unsafe.SkipInit(out Ints64 theirBuffer);
        Span<int> own = floor.Length <= 64 ? ownBuffer[..] : new int[floor.Length];
        Span<int> theirs = floor.Length <= 64 ? theirBuffer[..] : new int[floor.Length];
        var lengths = ListTargets(floor, seat, side, own, theirs, played);
        own = own[..(lengths & 0xFFFF)];
        theirs = theirs[..(lengths >> 16)];
        var most = hand.Length * (Math.Max(own.Length, theirs.Length) + 1);
        if (most > plays.Length)
        {
            return ~most;
        }

        // Which cards may be played, as bits by card index, worked out for all cards at once: of a kind the speech
        // allows, paid for by the time left, not played yet; claims, and evidence and rebuttals that bear on at least
        // one argument they may go on. Then a card of the hand costs a bit test, and only one that has somewhere to
        // go looks through the floor.
        Unsafe.SkipInit(out FourWords claimRow);
        Unsafe.SkipInit(out FourWords evidenceRow);
        Unsafe.SkipInit(out FourWords rebuttalRow);
        Span<ulong> claims = words <= 4 ? claimRow[..words] : new ulong[words];
        Span<ulong> evidence = words <= 4 ? evidenceRow[..words] : new ulong[words];
        Span<ulong> rebuttals = words <= 4 ? rebuttalRow[..words] : new ulong[words];
        Playable(c, kinds, time, kept is null ? played : default, claims, evidence, rebuttals);
        KeepBearing(c, own, evidence);
        KeepBearing(c, theirs, rebuttals);

        // Each card that may be played, as (card, target id; 0 for a claim), in hand order then floor order. Read
        // without bounds checks: every card index is below words * 64 (the rows' width), and `plays` has room for
        // `most` (checked above), which bounds what the loop writes.
        for (var w = 0; w < words; w++)
        {
            evidence[w] |= rebuttals[w]; // Now the cards that go on a target; which list by the card's kind.
        }

        ref var claimBits = ref MemoryMarshal.GetReference(claims);
        ref var targetBits = ref MemoryMarshal.GetReference(evidence);
        ref var bears = ref MemoryMarshal.GetReference(c.BearsRows);
        ref var kindOf = ref MemoryMarshal.GetArrayDataReference(c.Kind);
        ref var play = ref MemoryMarshal.GetReference(plays);
        var count = 0;
        foreach (var card in hand)
        {
            var word = card >> 6;
            var bit = 1UL << card; // A shift of a ulong takes its count modulo 64.
            if ((Unsafe.Add(ref claimBits, word) & bit) != 0)
            {
                Unsafe.Add(ref play, count++) = card << 16;
            }
            else if ((Unsafe.Add(ref targetBits, word) & bit) != 0)
            {
                var targets = Unsafe.Add(ref kindOf, card) == CardKind.Evidence ? own : theirs;
                count = OnTargets(card << 16, ref Unsafe.Add(ref bears, card * words), targets, ref play, count);
            }
        }

        return count;
    }

    // The cards of a kind the speech allows (bits of kinds by CardKind) that the time left pays for and the seat
    // has not played (empty for kept hands, which hold only unplayed cards), split by kind.
    private static void Playable(CompiledScenario c, int kinds, int time, ReadOnlySpan<ulong> played, Span<ulong> claims, Span<ulong> evidence, Span<ulong> rebuttals)
    {
        var allowed = c.KindsRow(kinds);
        var affordable = c.AffordableRow(time);
        var claim = c.KindRow(CardKind.Claim);
        var support = c.KindRow(CardKind.Evidence);
        var attack = c.KindRow(CardKind.Rebuttal);
        for (var w = 0; w < claims.Length; w++)
        {
            var open = allowed[w] & affordable[w] & ~(played.IsEmpty ? 0 : played[w]);
            claims[w] = open & claim[w];
            evidence[w] = open & support[w];
            rebuttals[w] = open & attack[w];
        }
    }

    // Keeps of `cards` those that bear on at least one of `targets` ((card, target id) each): the union of the
    // cards bearing on each target's card, a word at a time (in a register; every target's card is below the
    // scenario's card count, so its row is inside the table).
    private static void KeepBearing(CompiledScenario c, ReadOnlySpan<int> targets, Span<ulong> cards)
    {
        var words = cards.Length;
        ref var bornBy = ref MemoryMarshal.GetReference(c.BornByRows);
        for (var w = 0; w < words; w++)
        {
            var any = 0UL;
            foreach (var target in targets)
            {
                any |= Unsafe.Add(ref bornBy, ((target >> 16) * words) + w);
            }

            cards[w] &= any;
        }
    }

    // Adds (card, target id) for each of `targets` ((card << 16 | target id) each) that the card (`high`, its index
    // shifted up) bears on (`row`, its bears row), in their order. A target is written in any case and counted only
    // when the card bears on it: no branch per target.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int OnTargets(int high, ref ulong row, ReadOnlySpan<int> targets, ref int plays, int count)
    {
        foreach (var target in targets)
        {
            var t = target >> 16;
            Unsafe.Add(ref plays, count) = high | (target & 0xFFFF);
            count += (int)((Unsafe.Add(ref row, t >> 6) >> t) & 1);
        }

        return count;
    }

    // The arguments each kind may go on, in floor order, as (card << 16 | target id): the contestable ones of the
    // seat's own side in `own`, of the other side in `theirs` (their counts returned in the low and high halves),
    // and the cards the seat has played as bits. Written without branches on what an argument is (each entry
    // goes into both lists, and only the one it belongs to counts it): whose arguments are where follows no
    // pattern a branch predictor could learn. Out of line, so that its loop has the registers to itself.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ListTargets(ReadOnlySpan<FloorEntry> floor, int seat, Side side, Span<int> own, Span<int> theirs, Span<ulong> played)
    {
        int owns = 0, others = 0;
        for (var j = 0; j < floor.Length; j++)
        {
            var e = floor[j];
            var card = e.Card;
            var entry = (card << 16) | (j + 1);
            own[owns] = entry;
            theirs[others] = entry;
            var contestable = (ContestableKinds >> (int)e.Kind) & 1; // e.IsContestable, as a bit rather than a branch.
            var mine = e.Side == side ? 1 : 0;
            owns += contestable & mine;
            others += contestable & (mine ^ 1);
            played[card >> 6] |= (e.Seat == seat ? 1UL : 0) << card;
        }

        return owns | (others << 16);
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
        int card;
        if (!IsLegal(match, move, out card) && Refusal(match, move, out card) is { } rejection)
        {
            return new ApplyResult(match, rejection, []);
        }

        var next = move.Kind == MoveKind.EndSpeech ? SpeechEnd.Apply(match) : Play(match, move, card);
        return new ApplyResult(match, move, next);
    }

    // The commonest case, a legal move, decided without any of the refusals' text: Refusal builds its reasons in
    // interpolated strings, whose buffers the method clears on every call, legal or not. True only when Refusal
    // would return null (`card`: the move's card index); false leaves the decision to Refusal.
    private static bool IsLegal(Match match, Move move, out int card)
    {
        card = -1;
        if (match.IsOver || move.Seat != match.Speaker)
        {
            return false;
        }

        if (move.Kind == MoveKind.EndSpeech)
        {
            return true;
        }

        var c = match.Compiled;
        // A move the rules made knows its card's index (a `with` copies it, so the id must still be that card's).
        if (!ReferenceEquals(move.Owner, c) || move.Card != c.Ids[move.CardIndex] || !match.Holds(move.Seat, move.CardIndex))
        {
            return false;
        }

        card = move.CardIndex;
        var kind = c.Kind[card];
        var time = match.TimeLeft;
        var expected = KindPlayedBy(move.Kind);
        if (kind != expected || time <= 0 || !c.Phases.Allows(match.SpeechIndex, kind) || c.Cost[card] > time)
        {
            return false;
        }

        if (kind == CardKind.Claim)
        {
            return true;
        }

        return GoesOn(match, move, card, kind);
    }

    private static CardKind KindPlayedBy(MoveKind kind) => kind switch { MoveKind.PlayClaim => CardKind.Claim, MoveKind.PlayEvidence => CardKind.Evidence, _ => CardKind.Rebuttal };

    // Whether the evidence or rebuttal `card` (of `kind`) may go on the move's target: the test of Targeting.Allows on
    // the engine's form of the floor, without the reasons Targeting.Check gives for a refusal.
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // Inlined as the two copies it replaces were written in place.
    private static bool GoesOn(Match match, Move move, int card, CardKind kind)
    {
        var targetId = move.Target ?? 0;
        if (targetId < 1 || targetId > match.FloorCount)
        {
            return false;
        }

        var target = match.FloorEntries[targetId - 1];
        return target.IsContestable && (target.Side == match.Seats[move.Seat].Side) == (kind == CardKind.Evidence) && match.Compiled.Bears(card, target.Card);
    }

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
        var expected = KindPlayedBy(move.Kind);
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
        if (GoesOn(match, move, card, kind))
        {
            return null;
        }

        var targetId = move.Target ?? 0;
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
