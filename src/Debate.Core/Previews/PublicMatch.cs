using Debate.Core.Play;

namespace Debate.Core.Previews;

/// <summary>
/// A match built from one seat's view alone: the public floor, audience and events, the seat's own
/// hand, and nothing else (the other hands and the decks empty). Previews and opponents reason over
/// it, so a hidden card cannot reach what they say or choose, even by accident.
/// </summary>
public static class PublicMatch
{
    /// <summary>The match as <paramref name="view"/>'s seat may know it.</summary>
    public static Match Of(PlayerView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return Match.SeenBy(view);
    }
}
