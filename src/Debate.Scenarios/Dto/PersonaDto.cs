using System.Collections.Immutable;
using Debate.Scenarios.Reading;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Dto;

/// <summary>A scripted opponent persona as read.</summary>
internal sealed record PersonaDto(
    Mark At,
    Field<string>? Id,
    Field<string>? Name,
    Field<string>? Description,
    Field<ImmutableArray<Field<string>>>? Prefers,
    ImmutableArray<RuleDto> Rules);
