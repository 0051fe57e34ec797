using System.Collections.Immutable;

namespace Debate.Core.Play;

/// <summary>
/// The outcome of <see cref="Rules.Apply"/>: the next match and what happened, or a rejection with
/// the match unchanged (an expected outcome, so a value rather than an exception).
/// </summary>
public sealed record ApplyResult(Match Match, Rejection? Rejection, ImmutableArray<Happening> Happenings)
{
    /// <summary>Whether the move was accepted.</summary>
    public bool Accepted => Rejection is null;
}
