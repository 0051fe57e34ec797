using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// What a set of events in play changes, laid out by index: each card's strength bonus for each
/// side (its boost while its event is in play, plus the strength effects on its themes), each
/// bloc's weight on each theme (never below zero), and what each card weighs with each bloc (its
/// weightiest theme). Built once per set of events and shared; the sums do not depend on order.
/// </summary>
internal sealed class EventEffects
{
    private EventEffects(CompiledScenario owner, int[] strengthBonus, int[] weight, int[] cardWeight, int cards, int themes, int blocs)
    {
        Owner = owner;
        StrengthBonusBySide = strengthBonus;
        (ClassBonusBySide, ClassWeight) = ByClass(owner, strengthBonus, cardWeight, cards, blocs);
        Weight = weight;
        CardWeight = cardWeight;
        Cards = cards;
        ThemeCount = themes;
        Blocs = blocs;
    }

    /// <summary>The scenario these effects are of.</summary>
    public CompiledScenario Owner { get; }

    /// <summary><c>[side * cards + card]</c>: what the events add to the card's strength when <c>side</c> plays it.</summary>
    public int[] StrengthBonusBySide { get; }

    /// <summary><c>[bloc * themes + theme]</c>: the bloc's weight on the theme, events included, at least zero.</summary>
    public int[] Weight { get; }

    /// <summary><c>[card * blocs + bloc]</c>: the bloc's weight on the card's weightiest theme (zero without themes).</summary>
    public int[] CardWeight { get; }

    /// <summary>
    /// <c>[side * classes + class]</c>: <see cref="StrengthBonusBySide"/> by <see cref="CompiledScenario.EffectClass"/>.
    /// The lean reads these small rows: a match's events pick one of many sets, and a table a card for each set did not
    /// stay in the cache.
    /// </summary>
    public int[] ClassBonusBySide { get; }

    /// <summary><c>[class * blocs + bloc]</c>: <see cref="CardWeight"/> by <see cref="CompiledScenario.EffectClass"/>.</summary>
    public int[] ClassWeight { get; }

    public int Cards { get; }

    public int ThemeCount { get; }

    public int Blocs { get; }

    private static (int[] Bonus, int[] Weight) ByClass(CompiledScenario owner, int[] strengthBonus, int[] cardWeight, int cards, int blocs)
    {
        var representative = owner.EffectClassCard;
        var classes = representative.Length;
        var bonus = new int[2 * classes];
        var weight = new int[classes * blocs];
        for (var k = 0; k < classes; k++)
        {
            var card = representative[k];
            bonus[k] = strengthBonus[card];
            bonus[classes + k] = strengthBonus[cards + card];
            cardWeight.AsSpan(card * blocs, blocs).CopyTo(weight.AsSpan(k * blocs));
        }

        return (bonus, weight);
    }

    public int StrengthBonus(int card, Side side) => StrengthBonusBySide[((int)side * Cards) + card];

    /// <summary>What the events add to a card of class <paramref name="effectClass"/> (<see cref="CompiledScenario.EffectClass"/>) played by <paramref name="side"/>: <see cref="StrengthBonus"/> read from the small table.</summary>
    public int ClassBonus(int effectClass, Side side) => ClassBonusBySide[((int)side * (ClassBonusBySide.Length / 2)) + effectClass];

    public static EventEffects Compute(CompiledScenario compiled, ReadOnlySpan<short> events)
    {
        var n = compiled.Cards.Length;
        var themes = compiled.ThemeNames.Length;
        var blocs = compiled.BlocCount;
        var bonus = new int[2 * n];
        var weight = (int[])compiled.BaseWeight.Clone();
        foreach (var e in events)
        {
            var eventId = compiled.Ids[e];
            for (var c = 0; c < n; c++)
            {
                if (compiled.Cards[c].Boost is { } boost && boost.Event == eventId)
                {
                    bonus[c] += boost.Delta;
                    bonus[n + c] += boost.Delta;
                }
            }

            var effects = compiled.Cards[e].Effects;
            if (effects.IsDefaultOrEmpty)
            {
                continue;
            }

            foreach (var effect in effects)
            {
                var theme = compiled.ThemeIndex[effect.Theme];
                if (effect.Kind == EffectKind.Strength)
                {
                    for (var c = 0; c < n; c++)
                    {
                        if (Array.IndexOf(compiled.Themes[c], theme) < 0)
                        {
                            continue;
                        }

                        if (effect.Side is null or Side.Alliance)
                        {
                            bonus[c] += effect.Delta;
                        }

                        if (effect.Side is null or Side.Partnership)
                        {
                            bonus[n + c] += effect.Delta;
                        }
                    }
                }
                else if (compiled.Kind[e] == CardKind.Event)
                {
                    // Only an event's weight effects count, as the audience model always read them.
                    for (var b = 0; b < blocs; b++)
                    {
                        if (effect.Bloc is null || effect.Bloc == compiled.Scenario.Blocs[b].Id)
                        {
                            weight[(b * themes) + theme] += effect.Delta;
                        }
                    }
                }
            }
        }

        for (var i = 0; i < weight.Length; i++)
        {
            weight[i] = Math.Max(0, weight[i]);
        }

        var cardWeight = new int[n * blocs];
        for (var c = 0; c < n; c++)
        {
            for (var b = 0; b < blocs; b++)
            {
                var best = 0;
                foreach (var t in compiled.Themes[c])
                {
                    best = Math.Max(best, weight[(b * themes) + t]);
                }

                cardWeight[(c * blocs) + b] = best;
            }
        }

        return new EventEffects(compiled, bonus, weight, cardWeight, n, themes, blocs);
    }
}
