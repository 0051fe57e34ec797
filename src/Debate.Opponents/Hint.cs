using System.Collections.Immutable;
using Debate.Core.Play;

namespace Debate.Opponents;

/// <summary>
/// The hint a student may ask for in practice: the move the debater would make now from the
/// student's own seat, and its reason, which names the move and what it does on the floor (from the
/// move's preview, so the floor then shows exactly that). The shell and the server call this one place.
/// </summary>
public static class Hint
{
    /// <summary>The debater's choice for <paramref name="view"/>'s seat among <paramref name="legal"/>.</summary>
    public static OpponentChoice For(PlayerView view, ImmutableArray<Move> legal) => new Debater().Choose(view, legal);
}
