using Debate.Core.Content;
using Debate.Scenarios.Reading;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Dto;

/// <summary>A role's secret objective as read.</summary>
internal sealed record ObjectiveDto(Mark At, Field<ObjectiveKind>? Kind, Field<string>? Theme, Field<int>? Count, Field<string>? Text);
