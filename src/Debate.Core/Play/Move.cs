using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// One action of a seat: the only door through which humans and opponents change a match.
/// <paramref name="Target"/> is the floor argument that evidence supports or a rebuttal attacks.
/// </summary>
public sealed record Move(int Seat, MoveKind Kind, CardId? Card = null, int? Target = null)
{
    /// <summary>The scenario whose moves this one was made among, and its card's index there: lets the rules skip a lookup. Not part of the value.</summary>
    internal CompiledScenario? Owner { get; init; }

    internal int CardIndex { get; init; } = -1;

    /// <summary>
    /// What an opponent works out from this move alone (the novice's choice of it), kept beside the move so that
    /// a move handed out again by the rules is not worked out again. Not part of the value; a <c>with</c> copies
    /// it, so a reader checks that what it finds belongs to this very move. Written by any thread: each writes an
    /// equal value, and a reference is written whole.
    /// </summary>
    internal object? Memo { get; set; }

    /// <summary>Play a claim.</summary>
    public static Move Claim(int seat, CardId card) => new(seat, MoveKind.PlayClaim, card);

    /// <summary>Play evidence on an own argument.</summary>
    public static Move Evidence(int seat, CardId card, int target) => new(seat, MoveKind.PlayEvidence, card, target);

    /// <summary>Play a rebuttal on an opposing argument.</summary>
    public static Move Rebuttal(int seat, CardId card, int target) => new(seat, MoveKind.PlayRebuttal, card, target);

    /// <summary>End the speech.</summary>
    public static Move End(int seat) => new(seat, MoveKind.EndSpeech);

    /// <summary>Moves are equal when they are the same action: seat, kind, card and target (the numbers first: a search compares moves often).</summary>
    public bool Equals(Move? other) => other is not null
        && (ReferenceEquals(this, other) || (Seat == other.Seat && Kind == other.Kind && Target == other.Target && Card == other.Card));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Seat, Kind, Card, Target);

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        MoveKind.PlayClaim => $"seat {Seat}: claim {Card}",
        MoveKind.PlayEvidence => $"seat {Seat}: evidence {Card} on #{Target}",
        MoveKind.PlayRebuttal => $"seat {Seat}: rebut #{Target} with {Card}",
        _ => $"seat {Seat}: end speech",
    };
}
