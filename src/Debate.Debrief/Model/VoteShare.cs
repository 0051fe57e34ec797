namespace Debate.Debrief.Model;

/// <summary>A bloc's split in percent of the bloc, rounded to two decimals for reading.</summary>
public sealed record VoteShare(double For, double Against, double Undecided);
