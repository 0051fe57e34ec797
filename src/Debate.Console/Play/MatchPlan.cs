using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Console.Play;

/// <summary>A match ready to deal: the scenario and where it came from, the seats and the seed.</summary>
internal sealed record MatchPlan(Scenario Scenario, string Source, IReadOnlyList<SeatSpec> Seats, ulong Seed);
