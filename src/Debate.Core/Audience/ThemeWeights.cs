using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Debate.Core.Content;

namespace Debate.Core.Audience;

/// <summary>
/// A scenario's theme weights laid out for fast reading, built once per scenario: each bloc's
/// base weight by theme, and each event's theme-weight effects alone. The audience model reads
/// these after every speech, and searching opponents thousands of times a second.
/// </summary>
internal sealed class ThemeWeights
{
    private static readonly ConditionalWeakTable<Scenario, ThemeWeights> Cache = [];
    private readonly FrozenDictionary<string, int>[] byBloc;
    private readonly FrozenDictionary<CardId, ImmutableArray<EventEffect>> effects;

    private ThemeWeights(Scenario scenario)
    {
        byBloc = [.. scenario.Blocs.Select(b => b.Weights.ToFrozenDictionary(b.Weights.KeyComparer))];
        effects = scenario.Events.ToFrozenDictionary(
            e => e.Id,
            e => e.Effects.IsDefault ? [] : e.Effects.Where(x => x.Kind == EffectKind.ThemeWeight).ToImmutableArray());
    }

    public static ThemeWeights Of(Scenario scenario) => Cache.GetValue(scenario, static s => new ThemeWeights(s));

    /// <summary>The bloc's own weight on a theme (0 when it does not care), as <see cref="Bloc.WeightOf"/>.</summary>
    public int Base(int bloc, string theme) => byBloc[bloc].TryGetValue(theme, out var w) ? w : 0;

    /// <summary>The theme-weight effects of an event (empty for a card that is not an event).</summary>
    public ImmutableArray<EventEffect> EffectsOf(CardId eventId) => effects.TryGetValue(eventId, out var e) ? e : [];
}
