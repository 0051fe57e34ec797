namespace Debate.Core.Content;

/// <summary>What a persona rule may test before it acts (all conditions of a rule must hold).</summary>
public enum ConditionKind
{
    /// <summary>The current phase has the name in <c>Value</c>.</summary>
    Phase,

    /// <summary>The other side has at least <c>Count</c> standing arguments (on theme <c>Value</c> if given).</summary>
    OpponentStanding,

    /// <summary>The persona's side has fewer than <c>Count</c> standing arguments (on theme <c>Value</c> if given).</summary>
    OwnStandingBelow,

    /// <summary>The hand holds a card of kind <c>Value</c> (claim, evidence, rebuttal).</summary>
    HandHas,

    /// <summary>At least <c>Count</c> units of time remain in the speech.</summary>
    TimeLeft,
}
