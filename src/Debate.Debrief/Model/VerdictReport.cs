using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Debrief.Model;

/// <summary>
/// The verdict and the reason for decision: the winner by swing (null for a dead heat), the winner
/// by standing arguments, each bloc's votes, the judge's lines, and the floor ids that decided,
/// fell, failed, were dropped or had the last word.
/// </summary>
/// <param name="Summary">The judge's opening lines: who won by how much, the standing count and what it counts, and why the two verdicts differ if they do.</param>
/// <param name="Reason">The whole reason for decision as the judge says it, one sentence a line (the summary, then a line per decisive, refuted, failed, dropped and last-word argument).</param>
/// <param name="Decisive">Standing arguments of the winner with most weight in the room, first first.</param>
/// <param name="Failed">Rebuttals too weak to defeat their targets.</param>
/// <param name="Dropped">Claims and rebuttals the other side never answered, though it had a speech in which it could have.</param>
/// <param name="LastWord">Claims and rebuttals made after the other side's last chance to answer: unanswered, not dropped.</param>
public sealed record VerdictReport(
    Side? Winner,
    Side? WinnerByStanding,
    bool VerdictsDiffer,
    double AllianceSwing,
    double PartnershipSwing,
    int AllianceStanding,
    int PartnershipStanding,
    ImmutableArray<BlocVote> Blocs,
    ImmutableArray<string> Summary,
    ImmutableArray<string> Reason,
    ImmutableArray<int> Decisive,
    ImmutableArray<RefutedBy> Refuted,
    ImmutableArray<int> Failed,
    ImmutableArray<int> Dropped,
    ImmutableArray<int> LastWord);
