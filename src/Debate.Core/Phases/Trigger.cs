namespace Debate.Core.Phases;

/// <summary>What can drive the phase machine: the deal, the three plays and the end of a speech.</summary>
public enum Trigger
{
    /// <summary>Setup is done; the first speech begins.</summary>
    Start,

    /// <summary>A claim is played (stays in the speech).</summary>
    PlayClaim,

    /// <summary>Evidence is played (stays in the speech).</summary>
    PlayEvidence,

    /// <summary>A rebuttal is played (stays in the speech).</summary>
    PlayRebuttal,

    /// <summary>The speaker yields; the next speech or the verdict follows.</summary>
    EndSpeech,
}
