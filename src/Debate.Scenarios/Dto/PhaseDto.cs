using System.Collections.Immutable;
using Debate.Scenarios.Reading;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Dto;

/// <summary>A phase of the format as read.</summary>
internal sealed record PhaseDto(Mark At, Field<string>? Name, Field<int>? Rounds, Field<bool>? Event, ImmutableArray<SpeechDto> Speeches)
{
    public int RoundCount => Rounds?.Value ?? 1;

    public bool RevealsEvent => Event?.Value ?? false;
}
