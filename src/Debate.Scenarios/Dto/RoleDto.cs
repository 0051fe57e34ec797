using Debate.Core.Content;
using Debate.Scenarios.Reading;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Dto;

/// <summary>A role sheet as read.</summary>
internal sealed record RoleDto(Mark At, Field<string>? Id, Field<Side>? Side, Field<string>? Title, Field<string>? Brief, ObjectiveDto? Objective);
