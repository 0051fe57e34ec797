namespace Debate.Debrief.Model;

/// <summary>A bloc's split in percent of the bloc, rounded to six decimals.</summary>
public sealed record VoteShare(double For, double Against, double Undecided);
