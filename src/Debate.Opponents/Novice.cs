using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Debate.Core.Play;

namespace Debate.Opponents;

/// <summary>The novice: a random legal move, drawn from its own seeded generator.</summary>
public sealed class Novice(ulong seed) : IOpponent
{
    // The rules hand out each move as one shared value, so the novice's choices (a move, no reason) are shared too.
    private static readonly ConditionalWeakTable<Move, OpponentChoice> Choices = [];

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

        return Choices.GetValue(legal[rng.Next(legal.Length)], static move => new OpponentChoice(move, Reason: null));
    }
}
