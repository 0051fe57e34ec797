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
    /// <summary>The length of a row of <see cref="CardWeightLanes"/>: two vectors of four 32-bit weights.</summary>
    public const int LaneWidth = 8;

    private EventEffects(CompiledScenario owner, int[] strengthBonus, int[] weight, int[] cardWeight, int cards, int themes, int blocs)
    {
        CardWeightLanes = LanesOf(cardWeight, cards, blocs);
        Owner = owner;
        StrengthBonusBySide = strengthBonus;
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
    /// <c>[card * LaneWidth + bloc]</c>: <see cref="CardWeight"/> in rows of eight padded with zeros, for the pressures'
    /// sums in two vectors of four lanes a side; null where that path is not taken (fewer than five or more than eight
    /// blocs, or no AVX), so only the tables that are read are built.
    /// </summary>
    public int[]? CardWeightLanes { get; }

    public int Cards { get; }

    public int ThemeCount { get; }

    public int Blocs { get; }

    private static int[]? LanesOf(int[] cardWeight, int cards, int blocs)
    {
        if (!System.Runtime.Intrinsics.X86.Avx.IsSupported || blocs is <= 4 or > LaneWidth)
        {
            return null;
        }

        var lanes = new int[cards * LaneWidth];
        for (var c = 0; c < cards; c++)
        {
            cardWeight.AsSpan(c * blocs, blocs).CopyTo(lanes.AsSpan(c * LaneWidth));
        }

        return lanes;
    }

    public int StrengthBonus(int card, Side side) => StrengthBonusBySide[((int)side * Cards) + card];

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
