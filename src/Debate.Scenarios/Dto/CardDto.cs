using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Scenarios.Reading;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Dto;

/// <summary>A claim, evidence or rebuttal card as read.</summary>
internal sealed record CardDto(
    Mark At,
    Field<string>? Id,
    Field<CardKind>? Kind,
    Field<CardSide>? Side,
    Field<string>? Tag,
    Field<string>? Body,
    Field<ImmutableArray<Field<string>>>? Themes,
    Field<int>? Strength,
    Field<int>? Cost,
    Field<CiteRef>? Cite,
    Field<string>? Anchor,
    Field<ImmutableArray<Field<string>>>? Targets,
    BoostDto? Boost)
{
    public string Name => Id?.Value ?? "(card without id)";

    public ImmutableArray<string> ThemeIds => Themes is null ? [] : [.. Themes.Value.Select(t => t.Value)];

    public bool HasTargets => Targets is { Value.Length: > 0 };
}
