namespace Debate.Core.Play;

/// <summary>What kind of thing happened when a move was applied.</summary>
public enum HappeningKind
{
    /// <summary>A card went onto the floor.</summary>
    CardPlayed,

    /// <summary>A speech ended.</summary>
    SpeechEnded,

    /// <summary>A speech began.</summary>
    SpeechBegan,

    /// <summary>An event from the world deck came into play.</summary>
    EventRevealed,

    /// <summary>A speaker drew cards.</summary>
    CardsDrawn,

    /// <summary>The audience leaned after a speech.</summary>
    AudienceLeaned,

    /// <summary>The last speech ended; the verdict can be read.</summary>
    DebateClosed,
}
