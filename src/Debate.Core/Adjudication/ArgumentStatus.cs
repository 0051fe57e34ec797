using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Core.Adjudication;

/// <summary>
/// Where an argument stands and why, as a judge would say it: its label, its strength, who attacked
/// it (and which of those attacks succeeded), whether the other side answered it and, if not, whether
/// it could have (<see cref="Reply"/>), whether a rebuttal was too weak to defeat its target, and the
/// explanation as one sentence a student can check by hand.
/// </summary>
/// <param name="TooWeak">A rebuttal weaker than its target: its attack fails (it may still stand as an argument).</param>
/// <param name="Either">Made with an Either card: it serves the case of the side that played it (<see cref="Play.EitherSide"/>).</param>
/// <param name="SharedWith">For an Either card, the other side's arguments made with the same card: a shared concession.</param>
public sealed record ArgumentStatus(
    int Id,
    CardId Card,
    string Tag,
    Side Side,
    int Seat,
    CardKind Kind,
    ImmutableArray<string> Themes,
    int Strength,
    Label Label,
    Reply Reply,
    bool TooWeak,
    bool Either,
    ImmutableArray<int> SharedWith,
    ImmutableArray<int> Attackers,
    ImmutableArray<int> DefeatedBy,
    string Explanation)
{
    /// <summary>Never answered, though the other side had a speech in which it could have rebutted it.</summary>
    public bool Dropped => Reply == Reply.Dropped;

    /// <summary>The tag, followed for an Either card by whose case it serves and any shared concession.</summary>
    public string TagInVoice => Either ? $"{Tag} ({Play.EitherSide.Note(Side, SharedWith)})" : Tag;
}
