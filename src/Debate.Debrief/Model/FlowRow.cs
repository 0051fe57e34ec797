using System.Collections.Immutable;

namespace Debate.Debrief.Model;

/// <summary>One line of the flow: an argument id (or null) per speech column, answers beside what they answer.</summary>
public sealed record FlowRow(ImmutableArray<int?> Cells);
