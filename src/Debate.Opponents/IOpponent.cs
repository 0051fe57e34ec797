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

    /// <summary>
    /// Chooses one of the moves of <paramref name="legal"/>, the engine's listing of the legal moves (the same moves in
    /// the same order as <see cref="Rules.LegalMoves"/>), as <see cref="Choose(PlayerView, ImmutableArray{Move})"/> would
    /// choose from them. By default through that method; an opponent that only picks one may read the listing in place.
    /// </summary>
    OpponentChoice Choose(PlayerView view, MoveListing legal)
    {
        ArgumentNullException.ThrowIfNull(legal);
        return Choose(view, legal.ToImmutableArray());
    }
}
