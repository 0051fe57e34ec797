namespace Debate.Core.Play;

/// <summary>The four things a speaker can do.</summary>
public enum MoveKind
{
    /// <summary>Put a claim on the floor.</summary>
    PlayClaim,

    /// <summary>Support one of the side's own arguments.</summary>
    PlayEvidence,

    /// <summary>Attack an opposing argument.</summary>
    PlayRebuttal,

    /// <summary>Yield the floor; the next speech begins.</summary>
    EndSpeech,
}
