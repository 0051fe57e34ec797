using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// Every move of a scenario made once and handed out again (a move is an immutable value), so that
/// listing the legal moves allocates nothing per candidate: by seat and card for claims, by seat,
/// card and target for evidence and rebuttals. A move also keeps the list "this move or end the
/// speech", the commonest list of all near a speech's end. Filled as moves first occur; a race only
/// makes an equal move twice.
/// </summary>
internal sealed class MoveCache(int cards)
{
    private const int Seats = MatchSetup.MaxSeatsPerSide * 2;
    private readonly Interned?[] ends = new Interned?[Seats];
    private readonly Interned?[][] claims = new Interned?[Seats][];
    private readonly Interned?[][][] targeted = new Interned?[Seats][][];

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

    public Interned Claim(int seat, CompiledScenario compiled, int card)
    {
        if (seat >= Seats)
        {
            return new Interned(Move.Claim(seat, compiled.Ids[card]));
        }

        var row = claims[seat] ??= new Interned?[cards];
        return row[card] ??= new Interned(Move.Claim(seat, compiled.Ids[card]) with { Owner = compiled, CardIndex = card });
    }

    public Interned Targeted(int seat, CompiledScenario compiled, int card, CardKind kind, int target)
    {
        if (seat >= Seats)
        {
            return new Interned(Make(seat, compiled, card, kind, target));
        }

        var byCard = targeted[seat] ??= new Interned?[cards][];
        var row = byCard[card];
        if (row is null || row.Length <= target)
        {
            var grown = new Interned?[Math.Max(target + 1, Math.Max(16, (row?.Length ?? 0) * 2))];
            row?.CopyTo(grown, 0);
            byCard[card] = row = grown;
        }

        return row[target] ??= new Interned(Make(seat, compiled, card, kind, target) with { Owner = compiled, CardIndex = card });
    }

    private Interned EndOf(int seat) => seat < Seats ? ends[seat] ??= new Interned(Move.End(seat)) : new Interned(Move.End(seat));

    private static Move Make(int seat, CompiledScenario compiled, int card, CardKind kind, int target) =>
        kind == CardKind.Evidence ? Move.Evidence(seat, compiled.Ids[card], target) : Move.Rebuttal(seat, compiled.Ids[card], target);

    /// <summary>A move made once, with the short lists it appears alone in.</summary>
    public sealed class Interned(Move move)
    {
        public Move Move { get; } = move;

        public ImmutableArray<Move> WithEnd { get; set; }

        public ImmutableArray<Move> Alone { get; set; }
    }
}
