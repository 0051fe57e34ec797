namespace Debate.Core.Content;

/// <summary>What an event changes while it is in play.</summary>
public enum EffectKind
{
    /// <summary>Changes how much audience blocs weigh a theme.</summary>
    ThemeWeight,

    /// <summary>Changes the strength of arguments on a theme.</summary>
    Strength,
}
