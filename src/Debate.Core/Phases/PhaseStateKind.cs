namespace Debate.Core.Phases;

/// <summary>What a state of the phase flow stands for.</summary>
public enum PhaseStateKind
{
    /// <summary>Before the deal.</summary>
    Setup,

    /// <summary>A round of a phase of the format: a superstate holding the round's speeches.</summary>
    Round,

    /// <summary>One speech.</summary>
    Speech,

    /// <summary>After the last speech: the closing vote and the verdict.</summary>
    Verdict,
}
