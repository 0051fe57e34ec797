using System.Collections.Immutable;

namespace Debate.Core.Phases;

/// <summary>
/// A state of the phase machine: Setup, one per speech in order, and Verdict. <see cref="Speech"/>
/// is the index of the speech it stands for (-1 for Setup, the speech count for Verdict).
/// </summary>
public sealed record PhaseState(string Id, string Title, int Speech, ImmutableArray<PhaseAction> OnEntry, ImmutableArray<PhaseAction> OnExit);
