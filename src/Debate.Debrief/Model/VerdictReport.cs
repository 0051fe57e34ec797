using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Debrief.Model;

/// <summary>
/// The verdict and the reason for decision: the winner by swing (null for a dead heat), the winner
/// by standing arguments, each bloc's votes, the judge's lines, and the floor ids that decided,
/// fell and were dropped.
/// </summary>
/// <param name="Reason">The reason for decision as the judge says it, one sentence a line.</param>
/// <param name="Decisive">Standing arguments of the winner with most weight in the room, first first.</param>
/// <param name="Dropped">Claims and rebuttals the other side never answered.</param>
public sealed record VerdictReport(
    Side? Winner,
    Side? WinnerByStanding,
    bool VerdictsDiffer,
    double AllianceSwing,
    double PartnershipSwing,
    int AllianceStanding,
    int PartnershipStanding,
    ImmutableArray<BlocVote> Blocs,
    ImmutableArray<string> Reason,
    ImmutableArray<int> Decisive,
    ImmutableArray<RefutedBy> Refuted,
    ImmutableArray<int> Dropped);
