using System.Collections.Immutable;
using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Core.Previews;

/// <summary>
/// What a move would do, worked out from what its seat can see and exactly as <see cref="Rules.Apply"/>
/// then does it: the argument it puts on the floor and its strength with every term, what evidence
/// backs or a rebuttal defeats, which arguments are reinstated or fall, how each side's standing
/// weight with each bloc changes, and for the end of a speech how the room leans. Every
/// explanation the program gives (board, hint, opponents' reasons, debrief) is built from it.
/// </summary>
/// <param name="Rejection">Why the move is not legal now; then nothing else is filled in.</param>
/// <param name="Argument">The argument a card puts on the floor (null for ending a speech).</param>
/// <param name="Strength">That argument's strength as it enters the floor, and why.</param>
/// <param name="Support">For evidence: what it backs and that argument's new strength.</param>
/// <param name="Attack">For a rebuttal: its target, the two strengths and whether it defeats it.</param>
/// <param name="Changes">Arguments already on the floor whose grounded label changes (the attacked target included).</param>
/// <param name="Before">Strengths and grounded labels of the floor before the move.</param>
/// <param name="After">Strengths and grounded labels after it (for ending a speech, the floor as it stands; news may follow).</param>
/// <param name="Weights">Each bloc's weighing of each side's standing arguments, before and after.</param>
/// <param name="Lean">For ending a speech: how the room leans, or that it waits.</param>
public sealed record MovePreview(
    Move Move,
    Rejection? Rejection,
    Argument? Argument,
    StrengthReason? Strength,
    Support? Support,
    Attack? Attack,
    ImmutableArray<LabelChange> Changes,
    FloorLabels Before,
    FloorLabels After,
    ImmutableArray<BlocWeight> Weights,
    RoomLean? Lean)
{
    /// <summary>
    /// The outcome in one exact sentence, such as "defeats #5, 4 against 4 (direct answer +1)" or
    /// "too weak for #5: 3 against 4" (for a refused move, the rules' reason). Worked out when read,
    /// so opponents that weigh many moves pay only for the sentences they say.
    /// </summary>
    public string Outcome => Rejection?.Reason ?? OutcomeText.Of(this);

    /// <summary>Whether the move is legal now.</summary>
    public bool Legal => Rejection is null;

    /// <summary>How the card bears on its target (null for a claim or the end of a speech).</summary>
    public Bearing? Bearing => Support?.Bearing ?? Attack?.Bearing;

    /// <summary>Arguments the move reinstates.</summary>
    public IEnumerable<int> Reinstated => Changes.Where(c => c.Reinstated).Select(c => c.Id);

    /// <summary>Arguments that fall because of the move (a defeated target included).</summary>
    public IEnumerable<int> Falls => Changes.Where(c => c.Falls).Select(c => c.Id);

    /// <summary>
    /// The room's standing weight for <paramref name="side"/> minus the other side's, averaged over the
    /// blocs by share, before the move.
    /// </summary>
    public double BalanceBefore(Side side) => Balance(side, after: false);

    /// <summary>As <see cref="BalanceBefore"/>, after the move.</summary>
    public double BalanceAfter(Side side) => Balance(side, after: true);

    /// <summary>How much the move changes the room's standing balance for <paramref name="side"/>.</summary>
    public double BalanceChange(Side side) => BalanceAfter(side) - BalanceBefore(side);

    private double Balance(Side side, bool after)
    {
        double total = 0, shares = 0;
        foreach (var w in Weights)
        {
            var (alliance, partnership) = after ? (w.AllianceAfter, w.PartnershipAfter) : (w.AllianceBefore, w.PartnershipBefore);
            total += w.Share * (side == Side.Alliance ? alliance - partnership : partnership - alliance);
            shares += w.Share;
        }

        return shares <= 0 ? 0 : total / shares;
    }
}
