using System.Collections.Immutable;

namespace Debate.Core.Content;

/// <summary>
/// An argument a debater can make, drawn from a source document in the project's own words:
/// a one-line tag, a short body and a citation, like an evidence card in policy debate.
/// </summary>
/// <param name="Targets">For a rebuttal, the cards it answers directly (it lands one stronger on them);
/// for evidence, cards it can support. Either may also be played on any suitable argument that shares a theme.</param>
/// <param name="Boost">Extra strength while an event is in play, if any.</param>
/// <param name="Effects">For an event, what it changes while in play; empty otherwise.</param>
public sealed record Card(
    CardId Id,
    string Tag,
    string Body,
    CardKind Kind,
    CardSide Side,
    ImmutableArray<string> Themes,
    int Strength,
    int Cost,
    Citation Citation,
    string? Anchor,
    ImmutableArray<CardId> Targets,
    EventBoost? Boost,
    ImmutableArray<EventEffect> Effects)
{
    /// <summary>Whether this card shares at least one theme with <paramref name="other"/>.</summary>
    public bool SharesThemeWith(Card other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var theme in Themes)
        {
            if (other.Themes.Contains(theme))
            {
                return true;
            }
        }

        return false;
    }
}
