namespace Debate.Core.Play;

/// <summary>A refused move: a code for programs and a reason for people. The match is unchanged.</summary>
public sealed record Rejection(RejectionCode Code, string Reason);
