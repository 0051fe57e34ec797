using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// Every move of a scenario made once and handed out again (a move is an immutable value), so that
/// listing the legal moves allocates nothing per candidate: a table per seat, by card and target (0
/// for a claim), found with one index. A move also keeps the list "this move or end the speech", the
/// commonest list of all near a speech's end. Filled as moves first occur; a race only makes an equal
/// move twice.
/// </summary>
internal sealed class MoveCache(CompiledScenario compiled)
{
    private const int Seats = MatchSetup.MaxSeatsPerSide * 2;
    private readonly Interned?[] ends = new Interned?[Seats];
    private readonly Table?[] plays = new Table?[Seats];

    public Move End(int seat) => EndOf(seat).Move;

    /// <summary>The legal moves when only ending the speech is open.</summary>
    public ImmutableArray<Move> EndOnly(int seat)
    {
        var end = EndOf(seat);
        if (end.Alone.IsDefault)
        {
            end.Alone = [end.Move];
        }

        return end.Alone;
    }

    /// <summary>The legal moves when <paramref name="move"/> is the only card that can be played.</summary>
    public ImmutableArray<Move> OrEnd(Interned move, int seat)
    {
        if (move.WithEnd.IsDefault)
        {
            move.WithEnd = [move.Move, End(seat)];
        }

        return move.WithEnd;
    }

    /// <summary>Playing <paramref name="card"/>: a claim when <paramref name="target"/> is 0, else evidence or a rebuttal (by the card's kind) on that argument.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Interned Play(int seat, int card, int target) =>
        (uint)seat < Seats && plays[seat] is { } table && target < table.Width && table.Slots[(card * table.Width) + target] is { } made
            ? made
            : Made(seat, card, target);

    /// <summary>
    /// <paramref name="seat"/>'s table, wide enough for targets below <paramref name="width"/>: for listing many
    /// moves of one seat with one look-up each (<see cref="Table.At"/>). Null for a seat past the tables.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Table? TableFor(int seat, int width) =>
        (uint)seat >= Seats ? null : plays[seat] is { } table && width <= table.Width ? table : Widen(seat, width - 1);

    /// <summary>The move of <paramref name="seat"/> playing <paramref name="card"/> on <paramref name="target"/>, made now and kept in <paramref name="table"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public Move Made(Table? table, int seat, int card, int target)
    {
        return table is null ? Make(seat, card, target) : Slot(table, seat, card, target).Move;
    }

    private Interned Made(int seat, int card, int target)
    {
        if (seat >= Seats)
        {
            return new Interned(Make(seat, card, target));
        }

        var table = plays[seat];
        if (table is null || target >= table.Width)
        {
            table = Widen(seat, target);
        }

        return Slot(table, seat, card, target);
    }

    // The move in its table's slot, made and kept there (and beside it in Moves, for listing) the first time.
    private Interned Slot(Table table, int seat, int card, int target)
    {
        var at = (card * table.Width) + target;
        var made = table.Slots[at] ?? (table.Slots[at] = new Interned(Make(seat, card, target) with { Owner = compiled, CardIndex = card }));
        table.Moves[at] = made.Move;
        return made;
    }

    private Interned EndOf(int seat) => seat < Seats ? ends[seat] ??= new Interned(Move.End(seat)) : new Interned(Move.End(seat));

    // Room for targets up to `target`: a new table with the moves made so far.
    private Table Widen(int seat, int target)
    {
        var cards = compiled.Cards.Length;
        var old = plays[seat];
        var width = Math.Max(target + 1, Math.Max(32, (old?.Width ?? 0) * 2));
        var table = new Table(width, new Interned?[cards * width], new Move?[cards * width]);
        for (var card = 0; old is not null && card < cards; card++)
        {
            old.Slots.AsSpan(card * old.Width, old.Width).CopyTo(table.Slots.AsSpan(card * width));
            old.Moves.AsSpan(card * old.Width, old.Width).CopyTo(table.Moves.AsSpan(card * width));
        }

        plays[seat] = table;
        return table;
    }

    private Move Make(int seat, int card, int target)
    {
        var id = compiled.Ids[card];
        return target == 0 ? Move.Claim(seat, id)
            : compiled.Kind[card] == CardKind.Evidence ? Move.Evidence(seat, id, target) : Move.Rebuttal(seat, id, target);
    }

    /// <summary>A move made once, with the short lists it appears alone in.</summary>
    public sealed class Interned(Move move)
    {
        public Move Move { get; } = move;

        public ImmutableArray<Move> WithEnd { get; set; }

        public ImmutableArray<Move> Alone { get; set; }
    }

    /// <summary>A seat's moves: <c>Slots[card * Width + target]</c>, and the same moves alone in <see cref="Moves"/> (one load fewer when listing).</summary>
    public sealed record Table(int Width, Interned?[] Slots, Move?[] Moves)
    {
        /// <summary>The move of playing <paramref name="card"/> on <paramref name="target"/>, or null when it has not been made yet.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Move? At(int card, int target) => Moves[(card * Width) + target];
    }
}
