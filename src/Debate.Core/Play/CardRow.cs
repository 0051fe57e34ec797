using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// A row of cards (a deck's order, the events in play) held as card indices for the engine and as
/// ids for everyone else, each made from the other when first asked for. Immutable; shared by every
/// match that has the same row.
/// </summary>
internal sealed class CardRow
{
    private ImmutableArray<CardId> ids;
    private short[]? cards;
    private EventEffects? effects;

    private CardRow(ImmutableArray<CardId> ids, short[]? cards)
    {
        this.ids = ids;
        this.cards = cards;
    }

    public static CardRow Empty { get; } = new([], []);

    public static CardRow OfIds(ImmutableArray<CardId> ids) => ids.IsDefaultOrEmpty ? Empty : new(ids, null);

    public static CardRow OfCards(short[] cards) => cards.Length == 0 ? Empty : new(default, cards);

    public short[] Cards(CompiledScenario compiled)
    {
        if (cards is null)
        {
            var converted = new short[ids.Length];
            for (var i = 0; i < converted.Length; i++)
            {
                converted[i] = (short)compiled.CardIndex(ids[i]);
            }

            cards = converted;
        }

        return cards;
    }

    public ImmutableArray<CardId> Ids(CompiledScenario compiled)
    {
        if (ids.IsDefault)
        {
            var converted = new CardId[cards!.Length];
            for (var i = 0; i < converted.Length; i++)
            {
                converted[i] = compiled.Ids[cards[i]];
            }

            ids = ImmutableCollectionsMarshal.AsImmutableArray(converted);
        }

        return ids;
    }

    public int Length(CompiledScenario compiled) => cards?.Length ?? ids.Length;

    /// <summary>For the events in play: what they change (shared by every row with the same events).</summary>
    public EventEffects Effects(CompiledScenario compiled)
    {
        // A row may serve several scenarios (the empty row does): the effects belong to one of them.
        var known = effects;
        if (known is null || !ReferenceEquals(known.Owner, compiled))
        {
            known = compiled.EffectsOf(Cards(compiled));
            effects = known;
        }

        return known;
    }

    /// <summary>The row with <paramref name="card"/> added at the end.</summary>
    public CardRow Add(CompiledScenario compiled, short card)
    {
        var now = Cards(compiled);
        var next = new short[now.Length + 1];
        now.CopyTo(next, 0);
        next[^1] = card;
        return new CardRow(default, next);
    }
}
