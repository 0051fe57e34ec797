using System.Collections.Immutable;
using Debate.Core.Play;

namespace Debate.Opponents;

/// <summary>
/// A scripted opponent. It is given only its seat's <see cref="PlayerView"/> and the legal moves,
/// so it can never see another hand or the order of a deck.
/// </summary>
public interface IOpponent
{
    /// <summary>The level or persona name shown to players.</summary>
    string Name { get; }

    /// <summary>Chooses one of <paramref name="legal"/>.</summary>
    OpponentChoice Choose(PlayerView view, ImmutableArray<Move> legal);
}
