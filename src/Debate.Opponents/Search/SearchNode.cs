using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Opponents.Search;

/// <summary>
/// A node of the information-set search tree: the move that leads to it, the side that made it, and
/// its statistics. <see cref="Availability"/> counts the simulations in which its move was legal, as
/// single-observer ISMCTS needs when moves depend on hidden cards.
/// </summary>
internal sealed class SearchNode(Move? move, long key, Side mover)
{
    public Move? Move { get; } = move;

    /// <summary>The move as a number (<see cref="MoveKey"/>): children are found by it.</summary>
    public long Key { get; } = key;

    public Side Mover { get; } = mover;

    public List<SearchNode> Children { get; } = [];

    public int Visits { get; set; }

    public double Total { get; set; }

    /// <summary>Simulations through this node that ended with the room leaning against its mover (for the champion's reason).</summary>
    public int Losses { get; set; }

    public int Availability { get; set; }

    public double Mean => Visits == 0 ? 0 : Total / Visits;

    /// <summary>The child reached by the move with this key, or null.</summary>
    public SearchNode? ChildFor(long key)
    {
        foreach (var child in Children)
        {
            if (child.Key == key)
            {
                return child;
            }
        }

        return null;
    }
}
