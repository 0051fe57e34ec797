namespace Debate.Core.Play;

/// <summary>One line of what a move caused, for the board's log and the transcript.</summary>
public sealed record Happening(HappeningKind Kind, string Text);
