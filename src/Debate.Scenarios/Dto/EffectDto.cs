using Debate.Core.Content;
using Debate.Scenarios.Reading;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Dto;

/// <summary>One effect of an event as read: a weight change (optionally for one bloc) or a strength change (optionally for one side).</summary>
internal sealed record EffectDto(Mark At, EffectKind Kind, Field<string>? Theme, Field<int>? Delta, Field<Side>? Side, Field<string>? Bloc);
