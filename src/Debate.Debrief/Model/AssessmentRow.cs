using Debate.Core.Content;

namespace Debate.Debrief.Model;

/// <summary>
/// One player against one rubric criterion: the figure, and the score out of the criterion's weight.
/// Higher figures earn more up to <see cref="FullMarksAt"/>; for <see cref="RubricMeasure.Dropped"/>
/// (fewer is better) full marks go to at most <see cref="FullMarksAt"/>, and beyond it the share is
/// (FullMarksAt + 1) / (figure + 1).
/// </summary>
public sealed record AssessmentRow(
    int Seat,
    string Player,
    Side Side,
    string? Role,
    string Criterion,
    string CriterionName,
    RubricMeasure Measure,
    int Figure,
    double FullMarksAt,
    double Weight,
    double Score);
