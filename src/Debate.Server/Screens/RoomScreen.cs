namespace Debate.Server.Screens;

/// <summary>What the projector shows: the public face of the match only (no hands, no secret objectives before the verdict).</summary>
public sealed record RoomScreen(
    RoomPart Room,
    string? JoinAt,
    StagePart Stage,
    IReadOnlyList<SeatPart> Seats,
    IReadOnlyList<FloorPart> Floor,
    AudiencePart Audience,
    VerdictPart? Verdict,
    int MoveCount,
    long Edition);
