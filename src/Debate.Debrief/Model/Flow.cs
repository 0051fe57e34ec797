using System.Collections.Immutable;

namespace Debate.Debrief.Model;

/// <summary>
/// The judge's flow: one column per speech, one row per line of argument. A rebuttal or evidence
/// sits on the row of the argument it answers, in the column of its own speech; when that cell is
/// taken it gets a row of its own just below.
/// </summary>
public sealed record Flow(ImmutableArray<FlowColumn> Columns, ImmutableArray<FlowRow> Rows);
