using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// A debate in progress, as one immutable value: whose speech it is, the hands, the decks, the
/// floor and the audience. <see cref="Rules"/> holds every transition; nothing here mutates, so
/// opponents look ahead by applying moves to copies that cost almost nothing.
/// <para>
/// Inside, a match keeps what the engine reads (card indices, the floor and the room's votes in
/// logs shared with the positions it came from) and makes the public values below when first asked
/// for them; a match built or changed through them (an initializer, a <c>with</c>) is read back into
/// that form the first time the rules need it. Two matches are equal only when they are the same
/// object: compare <see cref="Records.StateHash"/>es for the same state.
/// </para>
/// </summary>
public sealed record Match
{
    // A position is made for every move, so its own fields are few and small: what changes with
    // moves (the clock, the hands, the floor's length), and references to what is shared. Six
    // references and eight shorts fill an 80-byte object; one int more would make it 88.
    // Set by each constructor rather than by initializers: an initializer would also run in the engine's
    // constructor, a made position, and store both once more before it sets them.
    private Deal deal;
    private short[]? hands;
    private CardRow events;
    private AppendLog<FloorEntry> floor;
    private AppendLog<double> leans;
    private Face? face;
    private short moves;
    private short speech;
    private short time;
    private short floorCount;
    private short leanCount;
    private short allianceDrawn;
    private short partnershipDrawn;
    private short eventDrawn;

    /// <summary>The engine's constructor: a position made by the rules, with every part in the engine's form.</summary>
#pragma warning disable CS8618 // Scenario and the decks are read from the deal, which is set here.
    [SetsRequiredMembers]
    internal Match(
        Deal deal, int speech, int time, int moves, short[]? hands, int allianceDrawn, int partnershipDrawn, int eventDrawn,
        CardRow events, AppendLog<FloorEntry> floor, int floorCount, AppendLog<double> leans, int leanCount, double[]? audience)
    {
        this.deal = deal;
        this.speech = checked((short)speech);
        this.time = checked((short)time);
        this.moves = checked((short)moves);
        this.hands = hands;
        this.allianceDrawn = checked((short)allianceDrawn);
        this.partnershipDrawn = checked((short)partnershipDrawn);
        this.eventDrawn = checked((short)eventDrawn);
        this.events = events;
        this.floor = floor;
        this.floorCount = checked((short)floorCount);
        this.leans = leans;
        this.leanCount = checked((short)leanCount);
        if (audience is not null)
        {
            face = new Face { Override = audience, Outside = true };
        }
    }
#pragma warning restore CS8618

    /// <summary>
    /// The match as <paramref name="view"/>'s seat may know it: its seats as it sees them, its own hand,
    /// the public floor, audience and events; no seed, the other hands and the decks empty. Shares
    /// the floor and the audience's history with the match seen, so it costs a hand and a header.
    /// </summary>
    internal static Match SeenBy(PlayerView view)
    {
        var seen = view.Source;
        var seats = view.Seats;
        var max = seen.MaxHand;
        Span<short> buffer = max <= 128 ? stackalloc short[max] : new short[max];
        var own = seen.HandOf(view.Seat, buffer);
        var hands = new short[seats.Length + own.Length];
        hands[view.Seat] = (short)own.Length;
        own.CopyTo(hands.AsSpan(seats.Length));
        var deal = new Deal(seen.Scenario, seats, 0, 0, seen.SpeakerBySpeech, CardRow.Empty, CardRow.Empty, CardRow.Empty);
        return new Match(deal, seen.speech, seen.time, seen.moves, hands, 0, 0, 0, seen.events,
            seen.FloorLog, seen.floorCount, seen.LeanLog, seen.leanCount, seen.AudienceOverride);
    }

    /// <summary>An empty match, for an object initializer to fill in.</summary>
    public Match()
    {
        deal = Deal.Blank;
        events = CardRow.Empty;
    }

    /// <summary>The scenario the match is played from.</summary>
    public required Scenario Scenario
    {
        get => deal.Scenario;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (deal.Scenario is not null && !ReferenceEquals(deal.Scenario, value))
            {
                Detach();
            }

            deal = Pinned().With(scenario: value);
        }
    }

    /// <summary>The seats, in seat order.</summary>
    public required ImmutableArray<Seat> Seats { get => deal.Seats; init => deal = Pinned().With(seats: value); }

    /// <summary>The seed the match was dealt from.</summary>
    public required ulong Seed { get => deal.Seed; init => deal = Pinned().With(seed: value); }

    /// <summary>The generator's state after the deal.</summary>
    public required ulong RngState { get => deal.RngState; init => deal = Pinned().With(rngState: value); }

    /// <summary>The speech being given (index into <see cref="Content.Scenario.Speeches"/>); past the end means the verdict.</summary>
    public required int SpeechIndex
    {
        get => speech;
        init
        {
            deal = Pinned().With();
            speech = checked((short)value);
        }
    }

    /// <summary>The speaker's seat for each speech, fixed at the deal by rotating each side's seats.</summary>
    public required ImmutableArray<int> SpeakerBySpeech { get => deal.SpeakerBySpeech; init => deal = Pinned().With(speakerBySpeech: value); }

    /// <summary>Time units left in the current speech.</summary>
    public required int TimeLeft { get => time; init => time = checked((short)value); }

    /// <summary>Each seat's hand.</summary>
    public required ImmutableArray<ImmutableArray<CardId>> Hands
    {
        get
        {
            var f = face ??= new Face();
            if (f.Hands.IsDefault)
            {
                var c = deal.Compiled;
                var list = new ImmutableArray<CardId>[deal.Seats.Length];
                var buffer = new short[MaxHand];
                for (var s = 0; s < list.Length; s++)
                {
                    list[s] = Ids(c, HandOf(s, buffer));
                }

                f.Hands = [.. list];
            }

            return f.Hands;
        }

        init
        {
            deal = deal.With();
            EditFace().Hands = value;
            hands = null;
        }
    }

    /// <summary>The Alliance draw pile.</summary>
    public required Deck AllianceDeck
    {
        get => new(deal.AlliancePile.Ids(deal.Compiled), allianceDrawn);
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            deal = Pinned().With(alliancePile: CardRow.OfIds(value.Order));
            allianceDrawn = checked((short)value.Drawn);
        }
    }

    /// <summary>The Partnership draw pile.</summary>
    public required Deck PartnershipDeck
    {
        get => new(deal.PartnershipPile.Ids(deal.Compiled), partnershipDrawn);
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            deal = Pinned().With(partnershipPile: CardRow.OfIds(value.Order));
            partnershipDrawn = checked((short)value.Drawn);
        }
    }

    /// <summary>The world deck of events.</summary>
    public required Deck EventDeck
    {
        get => new(deal.EventPile.Ids(deal.Compiled), eventDrawn);
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            deal = Pinned().With(eventPile: CardRow.OfIds(value.Order));
            eventDrawn = checked((short)value.Drawn);
        }
    }

    /// <summary>Events revealed so far, in order.</summary>
    public required ImmutableArray<CardId> EventsInPlay { get => events.Ids(deal.Compiled); init => events = CardRow.OfIds(value); }

    /// <summary>Every argument made, in order; an argument's id is its position plus one.</summary>
    public required ImmutableArray<Argument> Floor
    {
        get
        {
            var f = face ??= new Face();
            if (f.Floor.IsDefault)
            {
                var c = deal.Compiled;
                var entries = floor!.Span(floorCount);
                var list = new Argument[entries.Length];
                for (var i = 0; i < list.Length; i++)
                {
                    var e = entries[i];
                    list[i] = new Argument(i + 1, c.Ids[e.Card], e.Side, e.Seat, e.Kind, e.Target == 0 ? null : e.Target, e.Speech);
                }

                f.Floor = ImmutableCollectionsMarshal.AsImmutableArray(list);
            }

            return f.Floor;
        }

        init
        {
            deal = Pinned().With();
            EditFace().Floor = value;
            floor = default;
            floorCount = checked((short)(value.IsDefault ? 0 : value.Length));
        }
    }

    /// <summary>The audience now, bloc by bloc in scenario order.</summary>
    public required ImmutableArray<Vote> Audience
    {
        get
        {
            var f = face ??= new Face();
            if (f.Audience.IsDefault)
            {
                f.Audience = Votes(AudienceValues);
            }

            return f.Audience;
        }

        init
        {
            var f = EditFace();
            f.Audience = value;
            (f.Override, f.Outside) = (null, true);
        }
    }

    /// <summary>The audience after each speech ended (the opening vote is the blocs' own).</summary>
    public required ImmutableArray<ImmutableArray<Vote>> AudienceAfterSpeech
    {
        get
        {
            var f = face ??= new Face();
            if (f.AfterSpeech.IsDefault)
            {
                var width = deal.Compiled.BlocCount * 3;
                var log = LeanLog;
                var list = new ImmutableArray<Vote>[leanCount];
                for (var i = 0; i < list.Length; i++)
                {
                    list[i] = Votes(log.Span((i + 1) * width)[(i * width)..]);
                }

                f.AfterSpeech = [.. list];
            }

            return f.AfterSpeech;
        }

        init
        {
            PinAudience();
            EditFace().AfterSpeech = value;
            leans = default;
            leanCount = checked((short)(value.IsDefault ? 0 : value.Length));
        }
    }

    /// <summary>How many arguments have been made: <see cref="Floor"/>'s length, without making the floor's public values.</summary>
    public int ArgumentCount => floorCount;

    /// <summary>Moves applied so far.</summary>
    public required int MoveCount { get => moves; init => moves = checked((short)value); }

    /// <summary>Whether the last speech has ended.</summary>
    public bool IsOver => speech >= deal.Scenario.Speeches.Length;

    /// <summary>The current speech, or null at the verdict.</summary>
    public SpeechSlot? CurrentSpeech => IsOver ? null : deal.Scenario.Speeches[speech];

    /// <summary>The seat holding the floor, or -1 at the verdict.</summary>
    public int Speaker => IsOver ? -1 : deal.SpeakerBySpeech[speech];

    /// <summary>The deck <paramref name="side"/> draws from.</summary>
    public Deck DeckOf(Side side) => side == Side.Alliance ? AllianceDeck : PartnershipDeck;

    /// <summary>The argument with this id, or null.</summary>
    public Argument? ArgumentById(int id) => id >= 1 && id <= floorCount ? Floor[id - 1] : null;

    /// <summary>The role dealt to a seat, if any.</summary>
    public Role? RoleOf(int seat) => deal.RoleOf(seat);

    internal Deal Deal => deal;

    internal CompiledScenario Compiled => deal.Scenario.Compiled;

    /// <summary>Every hand, in the engine's form (<see cref="HandCards"/>), when the hands are kept; null when they follow the deal's plan.</summary>
    internal short[]? ExplicitHands => hands ?? (deal.Plan is null ? hands = CompactHands() : null);

    /// <summary>Room enough for any hand of this match.</summary>
    internal int MaxHand => ExplicitHands is { } kept ? kept.Length : deal.Plan!.MaxHand;

    internal int AllianceDrawn => allianceDrawn;

    internal int PartnershipDrawn => partnershipDrawn;

    internal int EventDrawn => eventDrawn;

    internal CardRow Events => events;

    internal AppendLog<FloorEntry> FloorLog => floor.IsDefault ? floor = CompactFloor() : floor;

    internal int FloorCount => floorCount;

    /// <summary>The floor in the engine's form.</summary>
    internal ReadOnlySpan<FloorEntry> FloorEntries => FloorLog.Span(floorCount);

    internal AppendLog<double> LeanLog => leans.IsDefault ? leans = CompactLeans() : leans;

    /// <summary>The audience when it is not simply the last lean (or the opening vote): set from outside. Null otherwise.</summary>
    internal double[]? AudienceOverride
    {
        get
        {
            if (face is not { } f)
            {
                return null;
            }

            if (f.Override is null && f.Outside)
            {
                f.Override = Values(f.Audience);
            }

            return f.Override;
        }
    }

    internal int LeanCount => leanCount;

    /// <summary>The audience now: for, against and undecided of each bloc in turn.</summary>
    internal ReadOnlySpan<double> AudienceValues
    {
        get
        {
            if (AudienceOverride is { } pinned)
            {
                return pinned;
            }

            var width = deal.Compiled.BlocCount * 3;
            return leanCount == 0 ? deal.Compiled.Opening : LeanLog.Span(leanCount * width)[((leanCount - 1) * width)..];
        }
    }

    /// <summary>A seat's hand in the engine's form, written into <paramref name="buffer"/> when it follows the plan (at least <see cref="MaxHand"/> long).</summary>
    internal ReadOnlySpan<short> HandOf(int seat, Span<short> buffer) =>
        ExplicitHands is { } kept ? HandCards.Of(kept, deal.Seats.Length, seat) : deal.Plan!.Hand(this, seat, buffer);

    /// <summary>How many cards a seat holds.</summary>
    internal int HandCount(int seat) => ExplicitHands is { } kept ? kept[seat] : deal.Plan!.Count(this, seat);

    /// <summary>Whether a seat holds this card now.</summary>
    internal bool Holds(int seat, int card) =>
        ExplicitHands is { } kept ? HandCards.Holds(kept, deal.Seats.Length, seat, card) : deal.Plan!.Holds(this, seat, card);

    /// <summary>Every hand as kept hands, worked out from the plan when the match follows one.</summary>
    internal short[] KeptHands()
    {
        if (ExplicitHands is { } kept)
        {
            return kept;
        }

        var seats = deal.Seats.Length;
        var buffer = new short[MaxHand];
        var all = new List<short>(seats * 8);
        for (var s = 0; s < seats; s++)
        {
            all.Add(0);
        }

        for (var s = 0; s < seats; s++)
        {
            var hand = deal.Plan!.Hand(this, s, buffer);
            all[s] = (short)hand.Length;
            foreach (var card in hand)
            {
                all.Add(card);
            }
        }

        return [.. all];
    }

    internal int DrawnFrom(Side side) => side == Side.Alliance ? allianceDrawn : partnershipDrawn;

    /// <inheritdoc/>
    public bool Equals(Match? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);

    private static ImmutableArray<CardId> Ids(CompiledScenario c, ReadOnlySpan<short> cards)
    {
        var ids = new CardId[cards.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = c.Ids[cards[i]];
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(ids);
    }

    private static ImmutableArray<Vote> Votes(ReadOnlySpan<double> values)
    {
        var votes = new Vote[values.Length / 3];
        for (var b = 0; b < votes.Length; b++)
        {
            votes[b] = new Vote(values[b * 3], values[(b * 3) + 1], values[(b * 3) + 2]);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(votes);
    }

    private static double[] Values(ImmutableArray<Vote> votes)
    {
        var values = new double[votes.Length * 3];
        for (var b = 0; b < votes.Length; b++)
        {
            (values[b * 3], values[(b * 3) + 1], values[(b * 3) + 2]) = (votes[b].For, votes[b].Against, votes[b].Undecided);
        }

        return values;
    }

    // Before a part the plan reads changes from outside (the floor, the speech, the seats, the decks),
    // keep the hands as they are now: afterwards they are given outright.
    private Deal Pinned()
    {
        if (hands is null && deal.Plan is not null && deal.Scenario is not null)
        {
            hands = KeptHands();
        }

        return deal;
    }

    private Face EditFace()
    {
        face = face?.Clone() ?? new Face();
        return face;
    }

    // A `with` that replaces the audience history keeps the audience as it was.
    private void PinAudience()
    {
        if (deal.Scenario is not null && AudienceOverride is null)
        {
            var pinned = AudienceValues.ToArray();
            var f = EditFace();
            f.Override = pinned;
            f.Outside = true;
        }
    }

    // A `with` that changes the scenario: the engine's forms index the old scenario's cards, so keep
    // only the public values and read them again against the new one.
    private void Detach()
    {
        var f = EditFace();
        f.Hands = Hands;
        f.Floor = Floor;
        f.Audience = Audience;
        f.AfterSpeech = AudienceAfterSpeech;
        var c = deal.Compiled;
        deal = deal.With(
            alliancePile: CardRow.OfIds(deal.AlliancePile.Ids(c)),
            partnershipPile: CardRow.OfIds(deal.PartnershipPile.Ids(c)),
            eventPile: CardRow.OfIds(deal.EventPile.Ids(c)));
        events = CardRow.OfIds(events.Ids(c));
        (f.Override, f.Outside) = (null, true);
        (hands, floor, leans) = (null, default, default);
    }

    private short[] CompactHands()
    {
        var c = deal.Compiled;
        var all = face!.Hands;
        var total = all.Length;
        foreach (var hand in all)
        {
            total += hand.Length;
        }

        var result = new short[total];
        var at = all.Length;
        for (var s = 0; s < all.Length; s++)
        {
            result[s] = (short)all[s].Length;
            foreach (var id in all[s])
            {
                result[at++] = (short)c.CardIndex(id);
            }
        }

        return result;
    }

    private AppendLog<FloorEntry> CompactFloor()
    {
        var c = deal.Compiled;
        var arguments = face!.Floor;
        var entries = new FloorEntry[arguments.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            var a = arguments[i];
            var card = c.CardIndex(a.Card);
            var direct = a.Kind == CardKind.Rebuttal && a.Target is int t && t >= 1 && t <= entries.Length
                && c.Names(card, c.CardIndex(arguments[t - 1].Card));
            entries[i] = new FloorEntry((short)card, a.Side, (byte)a.Seat, a.Kind, direct, a.Target ?? 0, a.Speech);
        }

        return AppendLog<FloorEntry>.Of(entries, entries.Length + 8);
    }

    private AppendLog<double> CompactLeans()
    {
        var history = face?.AfterSpeech ?? [];
        var values = new List<double>();
        foreach (var votes in history)
        {
            values.AddRange(Values(votes));
        }

        return AppendLog<double>.Of(CollectionsMarshal.AsSpan(values), values.Count + (deal.Compiled.BlocCount * 3 * 4));
    }

    /// <summary>
    /// The public values, made when first read or set from outside, and the audience when it is not
    /// simply the last lean (set from outside): what most positions never need.
    /// </summary>
    private sealed class Face
    {
        public double[]? Override;
        public bool Outside;
        public ImmutableArray<ImmutableArray<CardId>> Hands;
        public ImmutableArray<Argument> Floor;
        public ImmutableArray<Vote> Audience;
        public ImmutableArray<ImmutableArray<Vote>> AfterSpeech;

        public Face Clone() => (Face)MemberwiseClone();
    }
}
