using Debate.Core.Content;

namespace Debate.Core.Previews;

/// <summary>
/// One term of an argument's strength beyond its card's: a direct answer's +1, the card's boost from
/// an event, or an event's effect on one of its themes.
/// </summary>
/// <param name="Event">The event behind a boost or an effect; null for a direct answer.</param>
/// <param name="Theme">The theme an event's effect acts on; null otherwise.</param>
public sealed record StrengthModifier(ModifierKind Kind, int Delta, CardId? Event, string? Theme)
{
    /// <summary>The term as the rules say it: "direct answer +1", "E07 +1", "E03 on security -1".</summary>
    public override string ToString()
    {
        var delta = Delta >= 0 ? $"+{Delta}" : Delta.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Kind switch
        {
            ModifierKind.DirectAnswer => $"direct answer {delta}",
            ModifierKind.EventBoost => $"{Event} {delta}",
            _ => $"{Event} on {Theme} {delta}",
        };
    }
}
