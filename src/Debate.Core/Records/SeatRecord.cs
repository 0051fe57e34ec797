using Debate.Core.Content;

namespace Debate.Core.Records;

/// <summary>A seat as saved: name, side, controller and the role it was dealt.</summary>
public sealed record SeatRecord(string Name, Side Side, string Controller, string? Role);
