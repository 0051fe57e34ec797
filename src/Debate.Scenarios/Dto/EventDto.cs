using System.Collections.Immutable;
using Debate.Scenarios.Reading;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Dto;

/// <summary>An event of the world deck as read.</summary>
internal sealed record EventDto(
    Mark At,
    Field<string>? Id,
    Field<string>? Tag,
    Field<string>? Body,
    Field<CiteRef>? Cite,
    Field<string>? Anchor,
    ImmutableArray<EffectDto> Effects);
