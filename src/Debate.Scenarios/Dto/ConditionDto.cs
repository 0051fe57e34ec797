using Debate.Core.Content;
using Debate.Scenarios.Reading;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Dto;

/// <summary>
/// One condition of a persona rule as read. <see cref="Value"/> holds the phase name, the theme, or
/// the card kind; <see cref="Count"/> the number.
/// </summary>
internal sealed record ConditionDto(Mark At, ConditionKind Kind, Field<string>? Value, Field<int>? Count);
