namespace Debate.Core.Previews;

/// <summary>What adds to or takes from a card's printed strength once it is on the floor.</summary>
public enum ModifierKind
{
    /// <summary>A rebuttal played on a card it names: a direct answer.</summary>
    DirectAnswer,

    /// <summary>The card's own boost while its event is in play.</summary>
    EventBoost,

    /// <summary>An event in play that changes the strength of arguments on one of the card's themes.</summary>
    EventEffect,
}
