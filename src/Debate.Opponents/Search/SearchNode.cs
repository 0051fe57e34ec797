using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Opponents.Search;

/// <summary>
/// A node of the information-set search tree: the move that leads to it, the side that made it, and
/// its statistics. <see cref="Availability"/> counts the simulations in which its move was legal, as
/// single-observer ISMCTS needs when moves depend on hidden cards.
/// </summary>
internal sealed class SearchNode(Move? move, Side mover)
{
    public Move? Move { get; } = move;

    public Side Mover { get; } = mover;

    public List<SearchNode> Children { get; } = [];

    public int Visits { get; set; }

    public double Total { get; set; }

    /// <summary>Simulations through this node that ended with the room leaning against its mover (for the champion's reason).</summary>
    public int Losses { get; set; }

    public int Availability { get; set; }

    public double Mean => Visits == 0 ? 0 : Total / Visits;

    public SearchNode? ChildFor(Move move)
    {
        // The rules hand out interned moves, so the same object is the usual match; equal moves made
        // apart (the interning lost a race between threads) are still found by value. No two children
        // have equal moves, so both passes find the same child.
        foreach (var child in Children)
        {
            if (ReferenceEquals(child.Move, move))
            {
                return child;
            }
        }

        foreach (var child in Children)
        {
            if (child.Move! == move)
            {
                return child;
            }
        }

        return null;
    }
}
