using System.Collections.Immutable;

namespace Debate.Core.Play;

/// <summary>
/// The outcome of <see cref="Rules.Apply"/>: the next match and what happened, or a rejection with
/// the match unchanged (an expected outcome, so a value rather than an exception). The lines of what
/// happened are written only when <see cref="Happenings"/> is read: a search applies millions of
/// moves and reads none of them.
/// </summary>
public readonly record struct ApplyResult
{
    private readonly Match? before;
    private readonly Move? move;
    private readonly ImmutableArray<Happening> happenings;

    /// <summary>An outcome with its lines already written (a rejection has none).</summary>
    public ApplyResult(Match match, Rejection? rejection, ImmutableArray<Happening> happenings)
    {
        ArgumentNullException.ThrowIfNull(match);
        Match = match;
        Rejection = rejection;
        this.happenings = happenings;
    }

    /// <summary>An accepted move, whose lines are written from the two positions when read.</summary>
    internal ApplyResult(Match before, Move move, Match after)
    {
        Match = after;
        this.before = before;
        this.move = move;
    }

    /// <summary>The match after the move (the same match when it was refused).</summary>
    public Match Match { get; }

    /// <summary>Why the move was refused, or null when it was applied.</summary>
    public Rejection? Rejection { get; }

    /// <summary>What the move caused, in order, for the board's log and the transcript.</summary>
    public ImmutableArray<Happening> Happenings =>
        !happenings.IsDefault ? happenings : before is null ? [] : HappeningText.Of(before, move!, Match);

    /// <summary>Whether the move was accepted.</summary>
    public bool Accepted => Rejection is null;
}
