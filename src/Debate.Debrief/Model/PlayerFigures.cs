using Debate.Core.Content;

namespace Debate.Debrief.Model;

/// <summary>The per-player figures a rubric weighs (see <see cref="RubricMeasure"/> for each definition).</summary>
/// <param name="Dropped">Opposing claims and rebuttals that nobody ever answered and that were on the floor during one of the player's speeches in which rebuttals were allowed.</param>
public sealed record PlayerFigures(int ArgumentsStanding, int RebuttalsLanded, int EvidenceUsed, int SourcesCited, int Dropped, int ObjectiveMet)
{
    /// <summary>The figure a rubric criterion measures.</summary>
    public int Of(RubricMeasure measure) => measure switch
    {
        RubricMeasure.ArgumentsStanding => ArgumentsStanding,
        RubricMeasure.RebuttalsLanded => RebuttalsLanded,
        RubricMeasure.EvidenceUsed => EvidenceUsed,
        RubricMeasure.SourcesCited => SourcesCited,
        RubricMeasure.Dropped => Dropped,
        _ => ObjectiveMet,
    };
}
