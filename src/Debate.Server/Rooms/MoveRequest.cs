namespace Debate.Server.Rooms;

/// <summary>
/// A move as a browser or a scripted client sends it: the room, the seat and its key, the move
/// number the sender's screen showed (so a stale screen cannot act), and the move itself: kind
/// (<c>claim</c>, <c>evidence</c>, <c>rebuttal</c> or <c>end</c>), card id and target argument.
/// </summary>
public sealed record MoveRequest(string Room, int Seat, string Key, int MoveCount, string Kind, string? Card = null, int? Target = null);

/// <summary>The answer to a move: accepted, or refused with the engine's (or the chair's) reason.</summary>
public sealed record MoveAnswer(bool Accepted, string? Reason)
{
    public static MoveAnswer Yes { get; } = new(true, null);

    public static MoveAnswer No(string reason) => new(false, reason);
}
