namespace Debate.Core.Adjudication;

/// <summary>An argument's status in the grounded extension.</summary>
public enum Label
{
    /// <summary>In the grounded extension: every defeater is itself defeated.</summary>
    Standing,

    /// <summary>Defeated by a standing argument.</summary>
    Defeated,

    /// <summary>Neither: caught in a cycle the sceptical judge will not settle.</summary>
    Undecided,
}
