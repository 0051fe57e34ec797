using Debate.Core.Content;
using Debate.Scenarios.Reading;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Dto;

/// <summary>A rubric criterion as read.</summary>
internal sealed record CriterionDto(Mark At, Field<string>? Id, Field<string>? Name, Field<RubricMeasure>? Measure, Field<double>? Weight, Field<double>? FullMarksAt);
