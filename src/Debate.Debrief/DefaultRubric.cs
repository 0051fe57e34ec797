using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Debrief;

/// <summary>
/// The rubric used when a scenario has none: every per-player figure, weighted towards what the
/// game teaches most (arguments that survive, answers that land, the secret objective).
/// </summary>
public static class DefaultRubric
{
    /// <summary>The criteria, in the order the CSV lists them.</summary>
    public static ImmutableArray<RubricCriterion> Criteria { get; } =
    [
        new("standing", "Arguments left standing", RubricMeasure.ArgumentsStanding, 2, 3),
        new("rebuttals", "Rebuttals that landed", RubricMeasure.RebuttalsLanded, 2, 2),
        new("evidence", "Evidence used to support arguments", RubricMeasure.EvidenceUsed, 1, 2),
        new("sources", "Distinct source paragraphs cited", RubricMeasure.SourcesCited, 1, 4),
        new("dropped", "Opposing arguments left unanswered", RubricMeasure.Dropped, 1, 0),
        new("objective", "Secret objective met", RubricMeasure.ObjectiveMet, 2, 1),
    ];
}
