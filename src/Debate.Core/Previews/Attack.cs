using System.Collections.Immutable;
using Debate.Core.Adjudication;

namespace Debate.Core.Previews;

/// <summary>
/// What a rebuttal does to its target: its strength against the target's, whether it defeats it
/// (at least as strong), whether it is a direct answer, and where the target stood before.
/// </summary>
/// <param name="Strength">The rebuttal's strength on the floor.</param>
/// <param name="TargetStrength">The target's strength, evidence included.</param>
/// <param name="Defeats">The rebuttal is at least as strong as its target, so (standing, as a new argument always does) it defeats it.</param>
/// <param name="TargetBefore">The target's label before the rebuttal.</param>
/// <param name="AlreadyDefeatedBy">The standing arguments that defeated the target before this rebuttal.</param>
public sealed record Attack(int Target, Bearing Bearing, int Strength, int TargetStrength, bool Defeats, Label TargetBefore, ImmutableArray<int> AlreadyDefeatedBy)
{
    /// <summary>The rebuttal names the target's card: one stronger.</summary>
    public bool DirectAnswer => Bearing == Bearing.Named;

    /// <summary>The target stood and this rebuttal brings it down.</summary>
    public bool TargetFalls => Defeats && TargetBefore == Label.Standing;
}
