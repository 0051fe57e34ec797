using System.Collections.Immutable;

namespace Debate.Core.Adjudication;

/// <summary>
/// The judge's reason for decision as data: the decisive standing arguments (most weight with the
/// room first), what was refuted and by what, what was dropped, and the summary lines a shell prints.
/// </summary>
public sealed record ReasonForDecision(
    ImmutableArray<ArgumentStatus> Decisive,
    ImmutableArray<Refutation> Refuted,
    ImmutableArray<ArgumentStatus> Dropped,
    ImmutableArray<string> Lines);
