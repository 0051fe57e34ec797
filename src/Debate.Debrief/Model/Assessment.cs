using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Debrief.Model;

/// <summary>The rubric applied to every player: the criteria (the scenario's, or the default rubric) and one row per player per criterion.</summary>
public sealed record Assessment(bool DefaultRubric, ImmutableArray<RubricCriterion> Criteria, ImmutableArray<AssessmentRow> Rows);
