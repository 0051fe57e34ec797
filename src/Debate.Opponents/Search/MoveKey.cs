using Debate.Core.Play;

namespace Debate.Opponents.Search;

/// <summary>
/// A move as one number: seat, kind, card index and target. Equal moves get equal keys and different
/// moves different ones, so the tree finds a child by comparing numbers instead of moves (with their
/// card ids), the commonest operation of a search.
/// </summary>
internal static class MoveKey
{
    public static long Of(Move move, CompiledScenario compiled)
    {
        // The rules hand out interned moves that carry their card's index; any other move looks it up.
        var card = move.Card is null ? -1 : compiled.CardIndex(move);
        return (long)(uint)move.Seat | ((long)move.Kind << 8) | ((long)(card + 1) << 16) | ((long)(uint)(move.Target ?? 0) << 32);
    }
}
