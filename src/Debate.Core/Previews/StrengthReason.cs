using System.Collections.Immutable;
using System.Globalization;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Core.Previews;

/// <summary>
/// An argument's own strength and why: its card's strength plus each modifier (a direct answer,
/// an event boost, events' effects on its themes), never below 1. Evidence that backs it later adds
/// on top; this is the strength it enters the floor with.
/// </summary>
public sealed record StrengthReason(int Card, ImmutableArray<StrengthModifier> Modifiers, int Total)
{
    /// <summary>The lowest strength an argument can have, whatever events take away.</summary>
    public const int Minimum = 1;

    /// <summary>Whether the sum fell below <see cref="Minimum"/> and was raised to it.</summary>
    public bool Floored => Card + Modifiers.Sum(m => m.Delta) < Minimum;

    /// <summary>
    /// Why a card played by <paramref name="side"/> on <paramref name="target"/> (null for a claim) would
    /// have the strength it has now: the same terms <see cref="Strengths.Own"/> adds, one by one.
    /// </summary>
    public static StrengthReason Of(Match match, Card card, Side side, Argument? target)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(card);
        var modifiers = ImmutableArray.CreateBuilder<StrengthModifier>();
        if (card.Kind == CardKind.Rebuttal && target is not null && card.Targets.Contains(target.Card))
        {
            modifiers.Add(new StrengthModifier(ModifierKind.DirectAnswer, Targeting.DirectAnswerBonus, null, null));
        }

        foreach (var eventId in match.EventsInPlay)
        {
            if (card.Boost is { } boost && boost.Event == eventId && boost.Delta != 0)
            {
                modifiers.Add(new StrengthModifier(ModifierKind.EventBoost, boost.Delta, eventId, null));
            }

            foreach (var effect in match.Scenario.Card(eventId).Effects)
            {
                if (effect.Kind != EffectKind.Strength || effect.Delta == 0 || (effect.Side is { } only && only != side))
                {
                    continue;
                }

                if (card.Themes.Contains(effect.Theme))
                {
                    modifiers.Add(new StrengthModifier(ModifierKind.EventEffect, effect.Delta, eventId, effect.Theme));
                }
            }
        }

        var terms = modifiers.ToImmutable();
        return new StrengthReason(card.Strength, terms, Math.Max(Minimum, card.Strength + terms.Sum(m => m.Delta)));
    }

    /// <summary>The modifiers alone, as the rules say them ("direct answer +1, E07 +1"), or empty when there are none.</summary>
    public string ModifierText() => string.Join(", ", Modifiers.Select(m => m.ToString()))
        + (Floored ? (Modifiers.IsEmpty ? string.Empty : ", ") + "never below 1" : string.Empty);

    /// <summary>The strength with every term: "4 (card 3, direct answer +1)", or "3" for a card alone.</summary>
    public override string ToString() => Modifiers.IsEmpty
        ? Total.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Total} (card {Card}, {ModifierText()})");
}
