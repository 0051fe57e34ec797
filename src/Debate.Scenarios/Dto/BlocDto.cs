using System.Collections.Immutable;
using Debate.Scenarios.Reading;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Dto;

/// <summary>An audience bloc as read; weights keyed by theme id.</summary>
internal sealed record BlocDto(
    Mark At,
    Field<string>? Id,
    Field<string>? Name,
    Field<int>? Share,
    VoteDto? Opening,
    ImmutableArray<(Field<string> Theme, Field<int> Weight)> Weights);
