using Debate.Core.Play;

namespace Debate.Opponents;

/// <summary>
/// An opponent's move and, optionally, the line it says to explain it; <paramref name="More"/> holds
/// figures a curious reader may open (the champion's search statistics), kept out of the reason.
/// </summary>
public sealed record OpponentChoice(Move Move, string? Reason, string? More = null);
