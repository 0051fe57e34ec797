using Debate.Scenarios.Reading;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Dto;

/// <summary>A card's boost while an event is in play, as read.</summary>
internal sealed record BoostDto(Mark At, Field<string>? Event, Field<int>? Strength);
