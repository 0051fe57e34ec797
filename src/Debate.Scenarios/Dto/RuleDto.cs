using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Scenarios.Reading;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Dto;

/// <summary>A persona's when/then rule as read.</summary>
internal sealed record RuleDto(Mark At, ImmutableArray<ConditionDto> When, Field<PersonaAction>? Then, Field<string>? Theme, Field<string>? Reason);
