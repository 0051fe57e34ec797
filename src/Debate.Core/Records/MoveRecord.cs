using Debate.Core.Play;

namespace Debate.Core.Records;

/// <summary>A move as saved, with the state hash after it was applied.</summary>
public sealed record MoveRecord(int Seat, MoveKind Kind, string? Card, int? Target, string Hash);
