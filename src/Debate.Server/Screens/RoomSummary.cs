namespace Debate.Server.Screens;

/// <summary>A room at a glance, for the instructor's page.</summary>
public sealed record RoomSummary(
    string Id, string Code, string Title, string Scenario, ulong Seed, DateTimeOffset Created, string State, string StateLine,
    string? Speech, int MoveCount, int Watchers, IReadOnlyList<SeatPart> Seats, string? Winner, IReadOnlyList<string> Opponents, string? Damage);
