using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Scenarios.Dto;
using Debate.Scenarios.Reading;

namespace Debate.Scenarios.Validation;

/// <summary>What targeting needs to know of a card: kind, side, themes and named targets.</summary>
internal sealed record CardShape(string Id, CardKind Kind, CardSide Side, ImmutableArray<string> Themes, ImmutableArray<string> Targets)
{
    /// <summary>The shape of a card as read, or null when its id, kind or side could not be read.</summary>
    public static CardShape? From(CardDto card) =>
        card is { Id: { } id, Kind: { } kind, Side: { } side }
            ? new CardShape(id.Value, kind.Value, side.Value, card.ThemeIds, CardReader.Values(card.Targets))
            : null;

    public static CardShape From(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new CardShape(card.Id.Value, card.Kind, card.Side, card.Themes, [.. card.Targets.Select(t => t.Value)]);
    }

    public bool SharesThemeWith(CardShape other) => Themes.Any(other.Themes.Contains);
}
