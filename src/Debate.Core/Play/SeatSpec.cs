using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// A seat as asked for at setup. A null <see cref="RoleId"/> deals a free role of the side at
/// random, unless <see cref="DealRole"/> is false (a seat that plays without a role).
/// </summary>
public sealed record SeatSpec(string Name, Side Side, string Controller = "human", string? RoleId = null, bool DealRole = true);
