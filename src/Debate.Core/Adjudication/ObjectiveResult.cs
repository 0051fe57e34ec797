using Debate.Core.Content;

namespace Debate.Core.Adjudication;

/// <summary>A seat's secret objective, revealed at the verdict, and whether it was met.</summary>
public sealed record ObjectiveResult(int Seat, string SeatName, Role Role, bool Met, string Detail);
