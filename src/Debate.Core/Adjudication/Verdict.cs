using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Core.Adjudication;

/// <summary>
/// The outcome of a debate. <see cref="Winner"/> is the side that moved the room most (null for a
/// dead heat); <see cref="WinnerByStanding"/> the side with more standing arguments; the two may
/// differ, and the reason for decision says so.
/// </summary>
public sealed record Verdict(
    Side? Winner,
    Side? WinnerByStanding,
    double AllianceSwing,
    double PartnershipSwing,
    ImmutableArray<BlocSwing> Blocs,
    int AllianceStanding,
    int PartnershipStanding,
    ImmutableArray<ArgumentStatus> Floor,
    ReasonForDecision Reason,
    ImmutableArray<ObjectiveResult> Objectives)
{
    /// <summary>Whether the room and the flow disagree.</summary>
    public bool VerdictsDiffer => Winner != WinnerByStanding;
}
