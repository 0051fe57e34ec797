namespace Debate.Server.Screens;

/// <summary>
/// What one seat's browser shows: built from that seat's <see cref="Debate.Core.Play.PlayerView"/>
/// (its own hand and role, the public floor and audience) and nothing else, so no other hand or
/// secret objective can reach it before the verdict.
/// </summary>
public sealed record SeatScreen(
    RoomPart Room,
    int Seat,
    string Name,
    string Side,
    string Controller,
    RolePart? Role,
    bool YourSpeech,
    string? Waiting,
    string? EndPreview,
    StagePart Stage,
    IReadOnlyList<SeatPart> Seats,
    IReadOnlyList<FloorPart> Floor,
    AudiencePart Audience,
    IReadOnlyList<CardPart> Hand,
    VerdictPart? Verdict,
    int MoveCount);
