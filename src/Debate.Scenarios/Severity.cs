namespace Debate.Scenarios;

/// <summary>How bad a problem in a scenario file is.</summary>
public enum Severity
{
    /// <summary>The scenario cannot be played until this is fixed.</summary>
    Error,

    /// <summary>The scenario plays, but probably not as its author meant (a card that can never be played).</summary>
    Warning,
}
