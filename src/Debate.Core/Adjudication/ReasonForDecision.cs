using System.Collections.Immutable;

namespace Debate.Core.Adjudication;

/// <summary>
/// The judge's reason for decision as data: the decisive standing arguments (most weight with the
/// room first), what was refuted and by what, which rebuttals failed (too weak to defeat their
/// targets), what was dropped (left unanswered though the other side had a speech to answer it), what
/// had the last word (made after the other side's last chance to answer), and the lines a shell prints:
/// <see cref="Summary"/> first, then one line per argument in that order.
/// </summary>
public sealed record ReasonForDecision(
    ImmutableArray<ArgumentStatus> Decisive,
    ImmutableArray<Refutation> Refuted,
    ImmutableArray<ArgumentStatus> Failed,
    ImmutableArray<ArgumentStatus> Dropped,
    ImmutableArray<ArgumentStatus> LastWord,
    ImmutableArray<string> Lines)
{
    /// <summary>The judge's opening lines: who won and by how much, what the standing count counts, and why the two verdicts differ if they do.</summary>
    public ImmutableArray<string> Summary =>
        Lines[..(Lines.Length - Decisive.Length - Refuted.Length - Failed.Length - Dropped.Length - LastWord.Length)];
}
