namespace Debate.Debrief.Model;

/// <summary>What part of the match a discussion question is drawn from.</summary>
public enum QuestionKind
{
    /// <summary>The argument that carried most weight with the room.</summary>
    Decisive,

    /// <summary>The theme the sides fought over most.</summary>
    ContestedTheme,

    /// <summary>What the readings say that nobody used.</summary>
    UnusedSource,

    /// <summary>The room and the flow chose different winners.</summary>
    VerdictsDiffer,

    /// <summary>An argument the other side let pass.</summary>
    Dropped,
}
