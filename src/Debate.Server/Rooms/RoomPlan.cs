namespace Debate.Server.Rooms;

/// <summary>
/// A room as the instructor asks for it: a scenario from the shelf (by key), a seed (null for a
/// random one) and the seats in order.
/// </summary>
public sealed record RoomPlan(string Scenario, ulong? Seed, IReadOnlyList<SeatPlan> Seats);

/// <summary>
/// One seat of a <see cref="RoomPlan"/>: its side (<c>alliance</c> or <c>partnership</c>), who plays it
/// (<c>human</c>, an opponent level or a persona), its role (a role id, <c>deal</c> or null for a
/// random one of the side, <c>none</c> for no role) and, for an opponent, an optional name.
/// </summary>
public sealed record SeatPlan(string Side, string Controller = "human", string? Role = null, string? Name = null);
