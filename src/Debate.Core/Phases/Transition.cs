using System.Collections.Immutable;

namespace Debate.Core.Phases;

/// <summary>A row of the table: from a state, on a trigger, if every guard holds, to a state (the same one for plays).</summary>
public sealed record Transition(PhaseState From, Trigger Trigger, ImmutableArray<Guard> Guards, PhaseState To)
{
    /// <summary>Whether the transition stays in its state (a card played within a speech).</summary>
    public bool IsInternal => From == To;
}
