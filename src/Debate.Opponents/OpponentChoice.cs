using Debate.Core.Play;

namespace Debate.Opponents;

/// <summary>An opponent's move and, optionally, the one line it says to explain it.</summary>
public sealed record OpponentChoice(Move Move, string? Reason);
