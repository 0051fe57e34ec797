using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Debate.Core.Play;

/// <summary>
/// The legal moves of one position, listed again and again into the same buffer: for a caller that
/// lists the moves of position after position and picks one of them (a simulated match, a search's
/// playouts). It holds the same moves, in the same order, as <see cref="Rules.LegalMoves"/>, the last
/// of them ending the speech; but the card moves are kept as (card, target) numbers and a move is
/// looked up only when it is read, so listing makes no array of moves. Each listing replaces the one
/// before; one listing per thread. It shows the moves and nothing else of the position: an opponent
/// handed one learns no more than from the list.
/// </summary>
public sealed class MoveListing
{
    private int[] plays;
    private int count = -1; // The card moves listed; -1 before the first listing and at the verdict.
    private Match? match;

    /// <summary>A listing with room for <paramref name="capacity"/> card moves to begin with; it makes more room when a position needs it.</summary>
    public MoveListing(int capacity = 64)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        plays = new int[capacity];
    }

    /// <summary>How many moves are listed: the card moves and ending the speech; none at the verdict.</summary>
    public int Count => count + 1;

    /// <summary>The move at <paramref name="index"/>, as <see cref="Rules.LegalMoves"/> gives it at that index (the same shared move).</summary>
    public Move this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"{Count} moves are listed.");
            }

            var cache = match!.Compiled.Moves;
            var seat = match.Speaker;
            if (index == count)
            {
                return cache.End(seat);
            }

            var play = plays[index];
            return cache.Play(seat, play >> 16, play & 0xFFFF).Move;
        }
    }

    /// <summary>Lists <paramref name="position"/>'s legal moves in place of the ones listed before, and returns this listing.</summary>
    public MoveListing Of(Match position)
    {
        ArgumentNullException.ThrowIfNull(position);
        var listed = Rules.CardPlays(position, plays);
        if (listed < -1)
        {
            plays = new int[Math.Max(~listed, 2 * plays.Length)];
            listed = Rules.CardPlays(position, plays);
        }

        match = position;
        count = listed;
        return this;
    }

    /// <summary>The moves listed, as <see cref="Rules.LegalMoves"/> gives them.</summary>
    public ImmutableArray<Move> ToImmutableArray() => count < 0 ? [] : Rules.Moves(match!, plays.AsSpan(0, count));
}
