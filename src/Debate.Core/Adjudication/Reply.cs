namespace Debate.Core.Adjudication;

/// <summary>
/// Whether the other side answered an argument, and if not, whether it could have: as a judge's flow
/// reads it, an argument is dropped only when the other side let a speech in which it could answer go by.
/// </summary>
public enum Reply
{
    /// <summary>Evidence: it backs an argument and is never attacked itself.</summary>
    NotAttackable,

    /// <summary>At least one rebuttal was played on it.</summary>
    Answered,

    /// <summary>Unanswered, though the other side has since given a speech in which it could have rebutted it.</summary>
    Dropped,

    /// <summary>Unanswered so far; the other side still has a speech to come in which it can rebut it.</summary>
    NotYet,

    /// <summary>
    /// Unanswered because it came after the other side's last speech in which rebuttals are allowed (normally
    /// in the last speech of the debate): the other side had no chance to answer it, so it is not dropped.
    /// </summary>
    LastWord,
}
