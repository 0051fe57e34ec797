namespace Debate.Core.Phases;

/// <summary>Entry and exit actions of a phase state, named so the table can describe and draw itself.</summary>
public enum PhaseAction
{
    /// <summary>Shuffle, deal hands and roles, take the opening vote.</summary>
    Deal,

    /// <summary>Reveal the top event of the world deck.</summary>
    RevealEvent,

    /// <summary>The speaker draws the speech's cards and the clock is set.</summary>
    DrawAndSetClock,

    /// <summary>Every bloc leans by the standing arguments.</summary>
    AudienceLeans,

    /// <summary>Closing vote and adjudication.</summary>
    Adjudicate,
}
