namespace Debate.Core.Content;

/// <summary>What a card does when played.</summary>
public enum CardKind
{
    /// <summary>Puts a new argument on the floor.</summary>
    Claim,

    /// <summary>Supports one of the speaker's own arguments, adding its strength.</summary>
    Evidence,

    /// <summary>Attacks an opposing argument (claims and rebuttals alike).</summary>
    Rebuttal,

    /// <summary>News from the world deck, revealed between rounds; never in a hand.</summary>
    Event,
}
