using System.Collections.Immutable;
using Debate.Core.Play;

namespace Debate.Opponents;

/// <summary>The novice: a random legal move, drawn from its own seeded generator.</summary>
public sealed class Novice(ulong seed) : IOpponent
{
    private Rng rng = new(seed);

    /// <inheritdoc/>
    public string Name => "novice";

    /// <inheritdoc/>
    public OpponentChoice Choose(PlayerView view, ImmutableArray<Move> legal)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (legal.IsDefaultOrEmpty)
        {
            throw new ArgumentException("An opponent is asked to move only when it has a legal move.", nameof(legal));
        }

        return Chosen(legal[rng.Next(legal.Length)]);
    }

    /// <inheritdoc/>
    /// <remarks>The same draw as from the list of moves, reading only the move drawn: no list is made.</remarks>
    public OpponentChoice Choose(PlayerView view, MoveListing legal)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(legal);
        if (legal.Count == 0)
        {
            throw new ArgumentException("An opponent is asked to move only when it has a legal move.", nameof(legal));
        }

        return Chosen(legal[rng.Next(legal.Count)]);
    }

    // The rules hand out each move as one shared value, so the novice's choice of it (a move, no reason) is
    // made once and kept beside the move: a field read, where a table keyed by the move cost a hash look-up.
    private static OpponentChoice Chosen(Move move) =>
        move.Memo is OpponentChoice choice && ReferenceEquals(choice.Move, move) ? choice : Remember(move);

    private static OpponentChoice Remember(Move move)
    {
        var choice = new OpponentChoice(move, Reason: null);
        move.Memo = choice;
        return choice;
    }
}
