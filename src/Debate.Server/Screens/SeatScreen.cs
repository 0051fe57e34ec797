namespace Debate.Server.Screens;

/// <summary>
/// What only one seat's browser is sent: built from that seat's <see cref="Debate.Core.Play.PlayerView"/>
/// (its own hand and role) and nothing else, so no other hand or secret objective can reach it
/// before the verdict. The public rest of the page (floor, audience, stage, seats, verdict) comes
/// as the room's <see cref="RoomScreen"/>, the same message the projector gets: it is serialised
/// once per move for the whole room rather than once more inside every seat's screen. A page shows
/// the two together once both carry the same <see cref="Edition"/> (the room's state they were built from).
/// </summary>
public sealed record SeatScreen(
    int Seat,
    string Name,
    string Side,
    string Controller,
    RolePart? Role,
    bool YourSpeech,
    string? Waiting,
    string? EndPreview,
    IReadOnlyList<CardPart> Hand,
    int MoveCount,
    long Edition);
