using Debate.Core.Play;

namespace Debate.Core.Phases;

/// <summary>
/// A condition on a play, with the sentence a player reads when it does not hold. The phase flow
/// gives Stateless the description; the compiled <see cref="PhaseTable"/> finds the guard again by
/// it, so both answer "why not" in the same words.
/// </summary>
public sealed record Guard(string Description, GuardKind Kind)
{
    /// <summary>The clock's guard, the same in every speech.</summary>
    public static Guard TimeLeft { get; } = new("No time is left in this speech: end it.", GuardKind.TimeLeft);

    /// <summary>Whether the guard holds in <paramref name="match"/>.</summary>
    public bool Holds(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return Kind == GuardKind.TimeLeft && match.TimeLeft > 0;
    }
}
