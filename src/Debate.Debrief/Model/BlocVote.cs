namespace Debate.Debrief.Model;

/// <summary>
/// One audience bloc's opening and closing vote and each side's normalised swing (gain over the
/// room it had left to gain, from -1 to 1).
/// </summary>
public sealed record BlocVote(
    string Id,
    string Name,
    int Share,
    VoteShare Opening,
    VoteShare Closing,
    double AllianceSwing,
    double PartnershipSwing);
