namespace Debate.Core.Content;

/// <summary>The kinds of secret objective a role sheet may carry.</summary>
public enum ObjectiveKind
{
    /// <summary>The role's side wins the verdict by swing.</summary>
    SideWins,

    /// <summary>At least <c>Count</c> standing arguments of the role's side on <c>Theme</c>.</summary>
    StandingOnTheme,

    /// <summary>No standing argument of the other side on <c>Theme</c>.</summary>
    NoOpposingOnTheme,

    /// <summary>At least <c>Count</c> of the seat's own rebuttals defeat their target and stand.</summary>
    RebuttalsLanded,
}
