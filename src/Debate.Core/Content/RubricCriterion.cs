namespace Debate.Core.Content;

/// <summary>One line of an assessment rubric: a measure, its weight, and the figure that earns full marks.</summary>
public sealed record RubricCriterion(string Id, string Name, RubricMeasure Measure, double Weight, double FullMarksAt);
