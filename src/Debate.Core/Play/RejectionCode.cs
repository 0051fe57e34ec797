namespace Debate.Core.Play;

/// <summary>Why a move was refused; each code comes with a readable reason.</summary>
public enum RejectionCode
{
    /// <summary>The match has reached its verdict.</summary>
    MatchOver,

    /// <summary>Another seat holds the floor.</summary>
    NotYourSpeech,

    /// <summary>The card is not in the seat's hand.</summary>
    CardNotInHand,

    /// <summary>The move names no card, or one the scenario does not have.</summary>
    UnknownCard,

    /// <summary>The card's kind does not match the move.</summary>
    WrongKind,

    /// <summary>This speech does not allow that kind of card (the phase guard).</summary>
    KindNotAllowed,

    /// <summary>The card costs more time than is left in the speech.</summary>
    NotEnoughTime,

    /// <summary>The target is not on the floor.</summary>
    NoSuchTarget,

    /// <summary>The target belongs to the wrong side or is evidence.</summary>
    WrongTarget,

    /// <summary>The card does not bear on the target (no shared theme, or not among the cards it answers).</summary>
    DoesNotBear,
}
