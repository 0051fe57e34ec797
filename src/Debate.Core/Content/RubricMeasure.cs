namespace Debate.Core.Content;

/// <summary>A per-player figure from the match record that a rubric criterion can weigh.</summary>
public enum RubricMeasure
{
    /// <summary>Own arguments standing at the verdict.</summary>
    ArgumentsStanding,

    /// <summary>Own rebuttals that defeated their target and stand.</summary>
    RebuttalsLanded,

    /// <summary>Evidence cards played.</summary>
    EvidenceUsed,

    /// <summary>Distinct source paragraphs cited by the cards played.</summary>
    SourcesCited,

    /// <summary>Opposing arguments left unanswered while the player's side spoke (fewer is better).</summary>
    Dropped,

    /// <summary>1 when the role's secret objective was met, else 0.</summary>
    ObjectiveMet,
}
