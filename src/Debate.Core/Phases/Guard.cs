using Debate.Core.Play;

namespace Debate.Core.Phases;

/// <summary>
/// A condition on a transition, with the description a player reads when it does not hold.
/// <see cref="Constant"/> is its value when it does not depend on the match (a speech's allowed
/// kinds), so the diagram can show it; null when it must be asked of a match.
/// </summary>
public sealed record Guard(string Description, Func<Match, bool> Holds, bool? Constant = null)
{
    /// <summary>A guard fixed by the table itself.</summary>
    public static Guard Fixed(string description, bool value) => new(description, _ => value, value);
}
