using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Debrief.Model;

namespace Debate.Debrief.Building;

/// <summary>Applies the scenario's rubric (or the default one) to every player's figures.</summary>
internal static class Assessor
{
    public static Assessment Assess(Scenario scenario, ImmutableArray<PlayerReport> players)
    {
        var isDefault = scenario.Rubric.IsDefaultOrEmpty;
        var criteria = isDefault ? DefaultRubric.Criteria : scenario.Rubric;
        var rows = ImmutableArray.CreateBuilder<AssessmentRow>(players.Length * criteria.Length);
        foreach (var p in players)
        {
            foreach (var c in criteria)
            {
                var figure = p.Figures.Of(c.Measure);
                var score = Math.Round(c.Weight * Share(c.Measure, figure, c.FullMarksAt), 2, MidpointRounding.AwayFromZero);
                rows.Add(new AssessmentRow(p.Seat, p.Name, p.Side, p.Role?.Title, c.Id, c.Name, c.Measure, figure, c.FullMarksAt, c.Weight, score));
            }
        }

        return new Assessment(isDefault, criteria, rows.MoveToImmutable());
    }

    /// <summary>The share of the weight a figure earns, from 0 to 1.</summary>
    public static double Share(RubricMeasure measure, int figure, double fullMarksAt)
    {
        if (measure == RubricMeasure.Dropped)
        {
            // Fewer is better: full marks up to the threshold, then a share that falls with every further one.
            return figure <= fullMarksAt ? 1 : (Math.Max(0, fullMarksAt) + 1) / (figure + 1);
        }

        return fullMarksAt <= 0 ? 1 : Math.Clamp(figure / fullMarksAt, 0, 1);
    }
}
