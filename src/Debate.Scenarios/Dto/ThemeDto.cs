using Debate.Scenarios.Reading;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Dto;

/// <summary>A declared theme as read.</summary>
internal sealed record ThemeDto(Mark At, Field<string>? Id, Field<string>? Name);
