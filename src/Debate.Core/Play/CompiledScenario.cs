using System.Collections.Concurrent;
using System.Collections.Frozen;
using Debate.Core.Content;
using Debate.Core.Phases;

namespace Debate.Core.Play;

/// <summary>
/// A scenario laid out for the engine, built once: cards by index with their kind, cost, strength,
/// sides and theme indices; which card bears on which (shares a theme or names it); the blocs'
/// weights by theme index; each deck in scenario order; the phase table; the interned moves. The
/// rules, the audience and the search read these arrays instead of looking cards up by id.
/// </summary>
internal sealed class CompiledScenario
{
    // Card i bears on card t when bit t of row i is set: bears[i * words + t / 64].
    private readonly ulong[] bears;
    private readonly int words;

    // Card t is borne on by card i when bit i of row t is set: the bears rows transposed.
    private readonly ulong[] bornBy;

    // Rows of bits by card index (words each): [kinds] the cards of the kinds in that set of CardKind bits (16 sets);
    // [t] of affordableRows the cards that cost at most t (the last row: every card).
    private readonly ulong[] kindRows;
    private readonly ulong[] affordableRows;
    private readonly int dearest;
    private readonly ConcurrentDictionary<ulong, EventEffects> effects = new();
    private readonly ConcurrentDictionary<ulong, CardRow> eventRows = new();
    private readonly short[] allianceByOrdinal;
    private readonly short[] partnershipByOrdinal;

    /// <summary>The longest rows of events in play that <see cref="EventsAfter"/> shares between matches.</summary>
    internal const int SharedEventRows = 3;

    private const int MostSharedEventRows = 4096;

    public CompiledScenario(Scenario scenario)
    {
        Scenario = scenario;
        var cards = scenario.Cards;
        var n = cards.Length;
        Cards = [.. cards];
        Ids = new CardId[n];
        Kind = new CardKind[n];
        Cost = new int[n];
        Strength = new int[n];
        PlayableBy = new byte[n];
        var themeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        Themes = new int[n][];
        for (var i = 0; i < n; i++)
        {
            var card = cards[i];
            Ids[i] = card.Id;
            Kind[i] = card.Kind;
            Cost[i] = card.Cost;
            Strength[i] = card.Strength;
            PlayableBy[i] = (byte)((card.Side.PlayableBy(Side.Alliance) ? 1 : 0) | (card.Side.PlayableBy(Side.Partnership) ? 2 : 0));
            Themes[i] = card.Themes.IsDefaultOrEmpty ? [] : [.. card.Themes.Select(t => Intern(themeIndex, t))];
        }

        IndexOf = Enumerable.Range(0, n).ToFrozenDictionary(i => Ids[i]);
        Named = new int[n][];
        for (var i = 0; i < n; i++)
        {
            Named[i] = cards[i].Targets.IsDefaultOrEmpty ? [] : [.. cards[i].Targets.Where(IndexOf.ContainsKey).Select(t => IndexOf[t])];
        }

        foreach (var card in cards.Where(c => !c.Effects.IsDefaultOrEmpty))
        {
            foreach (var effect in card.Effects)
            {
                Intern(themeIndex, effect.Theme);
            }
        }

        ThemeNames = [.. themeIndex.OrderBy(t => t.Value).Select(t => t.Key)];
        ThemeIndex = themeIndex.ToFrozenDictionary(StringComparer.Ordinal);
        var blocs = scenario.Blocs;
        BlocCount = blocs.Length;
        BaseWeight = new int[BlocCount * ThemeNames.Length];
        Opening = new double[BlocCount * 3];
        for (var b = 0; b < BlocCount; b++)
        {
            for (var t = 0; t < ThemeNames.Length; t++)
            {
                // The bloc's own dictionary decides, with its own comparer, as Bloc.WeightOf does.
                BaseWeight[(b * ThemeNames.Length) + t] = blocs[b].Weights.TryGetValue(ThemeNames[t], out var w) ? w : 0;
            }

            Opening[b * 3] = blocs[b].Opening.For;
            Opening[(b * 3) + 1] = blocs[b].Opening.Against;
            Opening[(b * 3) + 2] = blocs[b].Opening.Undecided;
        }

        AllianceDeck = Deck(scenario, c => c.Kind != CardKind.Event && c.Side.PlayableBy(Side.Alliance));
        PartnershipDeck = Deck(scenario, c => c.Kind != CardKind.Event && c.Side.PlayableBy(Side.Partnership));
        EventDeck = Deck(scenario, c => c.Kind == CardKind.Event);
        allianceByOrdinal = [.. AllianceDeck.OrderBy(c => Ids[c].Value, StringComparer.Ordinal)];
        partnershipByOrdinal = [.. PartnershipDeck.OrderBy(c => Ids[c].Value, StringComparer.Ordinal)];
        words = (n + 63) / 64;
        bears = MakeBearsRows();
        bornBy = Transposed(bears, n, words);
        kindRows = KindRows();
        dearest = Cost.Length == 0 ? 0 : Math.Max(0, Cost.Max());
        affordableRows = AffordableRows();
        Phases = PhaseTable.For(scenario);
        Moves = new MoveCache(this);
        (EffectClass, EffectClassCard) = EffectClasses(Cards, Themes);
        NoEffects = EventEffects.Compute(this, []);
    }

    public Scenario Scenario { get; }

    public Card[] Cards { get; }

    public CardId[] Ids { get; }

    public FrozenDictionary<CardId, int> IndexOf { get; }

    public CardKind[] Kind { get; }

    public int[] Cost { get; }

    public int[] Strength { get; }

    /// <summary>Bit 1 when Alliance may hold the card, bit 2 when Partnership may.</summary>
    public byte[] PlayableBy { get; }

    /// <summary>Each card's themes, as indices into <see cref="ThemeNames"/>.</summary>
    public int[][] Themes { get; }

    /// <summary>The cards each card names among its targets (ids the scenario lacks are left out).</summary>
    public int[][] Named { get; }

    /// <summary>Every theme a card or an event mentions, in order of first mention.</summary>
    public string[] ThemeNames { get; }

    public FrozenDictionary<string, int> ThemeIndex { get; }

    public int BlocCount { get; }

    /// <summary>Each bloc's own weight by theme: <c>[bloc * themes + theme]</c>.</summary>
    public int[] BaseWeight { get; }

    /// <summary>Each bloc's opening vote: <c>[bloc * 3]</c> for, <c>+1</c> against, <c>+2</c> undecided.</summary>
    public double[] Opening { get; }

    /// <summary>The cards each deck is dealt from, in scenario order (before the shuffle).</summary>
    public short[] AllianceDeck { get; }

    public short[] PartnershipDeck { get; }

    public short[] EventDeck { get; }

    public PhaseTable Phases { get; }

    public MoveCache Moves { get; }

    /// <summary>
    /// Each card's class by what events can do to it: cards with the same themes and the same boost get the same
    /// strength bonus and the same weight with every bloc under any events, so <see cref="EventEffects"/> keeps a row a
    /// class for the lean (a few dozen rows, where it keeps one a card for everyone else).
    /// </summary>
    public short[] EffectClass { get; }

    /// <summary>A card of each <see cref="EffectClass"/>, the first in scenario order.</summary>
    public int[] EffectClassCard { get; }

    /// <summary>The effects of no events at all.</summary>
    public EventEffects NoEffects { get; }

    public int CardIndex(CardId id) => IndexOf[id];

    /// <summary>The card index of a card move of this scenario: the one the rules' interned moves carry, else looked up by id.</summary>
    public int CardIndex(Move move) => ReferenceEquals(move.Owner, this) ? move.CardIndex : CardIndex(move.Card!.Value);

    /// <summary>How many 64-bit words a row of bits by card index takes (a <see cref="BearsRow"/>).</summary>
    public int Words => words;

    /// <summary>A side's deck in ordinal id order: the order in which a search lists the cards it has not seen.</summary>
    public short[] ByOrdinalId(Side side) => side == Side.Alliance ? allianceByOrdinal : partnershipByOrdinal;

    public bool TryCardIndex(CardId? id, out int index)
    {
        index = -1;
        return id is { } value && IndexOf.TryGetValue(value, out index);
    }

    /// <summary>Whether <paramref name="card"/> bears on <paramref name="target"/>: it names it, or they share a theme.</summary>
    public bool Bears(int card, int target) => ((bears[(card * words) + (target >> 6)] >> (target & 63)) & 1) != 0;

    /// <summary>The cards <paramref name="card"/> bears on, as bits by card index: for testing many targets against one card.</summary>
    public ReadOnlySpan<ulong> BearsRow(int card) => bears.AsSpan(card * words, words);

    /// <summary>Every card's <see cref="BearsRow"/>, one after another: card i's at <c>i * Words</c>.</summary>
    public ReadOnlySpan<ulong> BearsRows => bears;

    /// <summary>For each card t, the cards that bear on it as bits by card index: row t at <c>t * Words</c>.</summary>
    public ReadOnlySpan<ulong> BornByRows => bornBy;

    /// <summary>The cards of the kinds in <paramref name="kinds"/> (bit <c>1 &lt;&lt; kind</c> for each), as bits by card index.</summary>
    public ReadOnlySpan<ulong> KindsRow(int kinds) => kindRows.AsSpan((kinds & 15) * words, words);

    /// <summary>The cards of <paramref name="kind"/>, as bits by card index.</summary>
    public ReadOnlySpan<ulong> KindRow(CardKind kind) => KindsRow(1 << (int)kind);

    /// <summary>The cards that cost at most <paramref name="time"/> (at least 0), as bits by card index.</summary>
    public ReadOnlySpan<ulong> AffordableRow(int time) =>
        affordableRows.AsSpan(Math.Min(time, dearest) * words, words);

    /// <summary>Whether <paramref name="rebuttal"/> names <paramref name="target"/>: a direct answer.</summary>
    public bool Names(int rebuttal, int target) => Array.IndexOf(Named[rebuttal], target) >= 0;

    /// <summary>What the events in play change, shared by every match with the same events (in any order).</summary>
    public EventEffects EffectsOf(ReadOnlySpan<short> events)
    {
        if (events.IsEmpty)
        {
            return NoEffects;
        }

        if (events.Length > 4)
        {
            return EventEffects.Compute(this, events);
        }

        Span<short> sorted = stackalloc short[events.Length];
        events.CopyTo(sorted);
        sorted.Sort();
        ulong key = 0;
        foreach (var e in sorted)
        {
            key = (key << 16) | (ushort)(e + 1);
        }

        if (effects.TryGetValue(key, out var found))
        {
            return found;
        }

        var computed = EventEffects.Compute(this, events);
        return effects.GetOrAdd(key, computed);
    }

    // A card's strength bonus under events reads only its themes (as a set: whether each effect's theme is among them)
    // and its boost; its weight with a bloc reads only its themes. Cards alike in both are one class.
    private static (short[] ClassOf, int[] Representative) EffectClasses(Card[] cards, int[][] themes)
    {
        var classOf = new short[cards.Length];
        var representative = new List<int>();
        var known = new Dictionary<(string Themes, CardId? Event, int Delta), int>();
        for (var i = 0; i < cards.Length; i++)
        {
            var key = (string.Join(',', themes[i].Distinct().Order()), cards[i].Boost?.Event, cards[i].Boost?.Delta ?? 0);
            if (!known.TryGetValue(key, out var k))
            {
                k = representative.Count;
                known.Add(key, k);
                representative.Add(i);
            }

            classOf[i] = checked((short)k);
        }

        return (classOf, [.. representative]);
    }

    /// <summary>
    /// The events in play once <paramref name="card"/> is revealed after <paramref name="events"/>: one shared row for every
    /// match that revealed the same events in the same order (up to <see cref="SharedEventRows"/> of them), so a reveal
    /// allocates nothing and the row's effects are looked up once for all those matches, not once a match.
    /// </summary>
    public CardRow EventsAfter(CardRow events, short card)
    {
        var before = events.Cards(this);
        if (before.Length >= SharedEventRows)
        {
            return events.Add(this, card);
        }

        ulong key = 0;
        foreach (var e in before)
        {
            key = (key << 16) | (ushort)(e + 1);
        }

        key = (key << 16) | (ushort)(card + 1);
        if (eventRows.TryGetValue(key, out var shared))
        {
            return shared;
        }

        var row = events.Add(this, card);
        // Bounded: with many events and rounds the orders of the first few would be too many to keep.
        return eventRows.Count < MostSharedEventRows ? eventRows.GetOrAdd(key, row) : row;
    }

    private ulong[] MakeBearsRows()
    {
        var n = Cards.Length;
        var rows = new ulong[n * words];
        for (var card = 0; card < n; card++)
        {
            var mine = Themes[card];
            for (var t = 0; t < n; t++)
            {
                var hit = Array.IndexOf(Named[card], t) >= 0;
                foreach (var theme in mine)
                {
                    hit |= Array.IndexOf(Themes[t], theme) >= 0;
                }

                if (hit)
                {
                    rows[(card * words) + (t >> 6)] |= 1UL << (t & 63);
                }
            }
        }

        return rows;
    }

    private static ulong[] Transposed(ulong[] rows, int n, int words)
    {
        var columns = new ulong[n * words];
        for (var i = 0; i < n; i++)
        {
            for (var t = 0; t < n; t++)
            {
                if (((rows[(i * words) + (t >> 6)] >> (t & 63)) & 1) != 0)
                {
                    columns[(t * words) + (i >> 6)] |= 1UL << (i & 63);
                }
            }
        }

        return columns;
    }

    private ulong[] KindRows()
    {
        var rows = new ulong[16 * words];
        for (var kinds = 0; kinds < 16; kinds++)
        {
            for (var i = 0; i < Kind.Length; i++)
            {
                if (((kinds >> (int)Kind[i]) & 1) != 0)
                {
                    rows[(kinds * words) + (i >> 6)] |= 1UL << (i & 63);
                }
            }
        }

        return rows;
    }

    // Row t: the cards that cost at most t, for t from 0 to the dearest card's cost (a longer speech's time reads the last).
    private ulong[] AffordableRows()
    {
        var rows = new ulong[(dearest + 1) * words];
        for (var t = 0; t <= dearest; t++)
        {
            for (var i = 0; i < Cost.Length; i++)
            {
                if (Cost[i] <= t)
                {
                    rows[(t * words) + (i >> 6)] |= 1UL << (i & 63);
                }
            }
        }

        return rows;
    }

    private static int Intern(Dictionary<string, int> index, string theme)
    {
        if (!index.TryGetValue(theme, out var i))
        {
            i = index.Count;
            index[theme] = i;
        }

        return i;
    }

    private static short[] Deck(Scenario scenario, Func<Card, bool> keep)
    {
        var list = new List<short>();
        for (var i = 0; i < scenario.Cards.Length; i++)
        {
            if (keep(scenario.Cards[i]))
            {
                list.Add((short)i);
            }
        }

        return [.. list];
    }
}
