namespace Debate.Core.Phases;

/// <summary>The two conditions a play can meet in the phase flow.</summary>
public enum GuardKind
{
    /// <summary>The speech must have time left.</summary>
    TimeLeft,

    /// <summary>The speech's format does not allow this kind of card: never holds.</summary>
    FormatForbids,
}
