namespace Debate.Core.Phases;

/// <summary>
/// A state of the phase flow: Setup, a round (the superstate of its speeches), a speech, or Verdict.
/// <see cref="Speech"/> is the index of the speech a speech state stands for (for a round, its first
/// speech; -1 for Setup; the number of speeches for Verdict). <see cref="Name"/> is unique within a
/// scenario and safe to print in a drawing (it is what Stateless's graphs show).
/// </summary>
public sealed record PhaseState(string Id, string Title, PhaseStateKind Kind, int Speech, string Name)
{
    /// <inheritdoc/>
    public override string ToString() => Name;
}
