using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Scenarios.Reading;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Dto;

/// <summary>One speech of a phase as read.</summary>
internal sealed record SpeechDto(Mark At, Field<Side>? Side, Field<ImmutableArray<Field<CardKind>>>? Allow, Field<int>? Time, Field<int>? Draw)
{
    public IEnumerable<CardKind> Kinds => Allow is null ? [] : Allow.Value.Select(k => k.Value);
}
