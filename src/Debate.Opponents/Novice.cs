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

        return new OpponentChoice(legal[rng.Next(legal.Length)], null);
    }
}
