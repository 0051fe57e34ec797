using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// What one seat may see: its own hand and role, the public floor and audience, the events in play,
/// and only the number of cards in the other hands and the decks. Opponents get nothing else, so
/// no path can give a bot more than a player has. A view is made for every move, so it reads each
/// value from the match only when asked for it, and never gives the match itself away.
/// </summary>
public sealed class PlayerView
{
    private static readonly ConditionalWeakTable<PlayerView, SampleBasis> Bases = [];
    private readonly Match match;

    private PlayerView(Match match, int seat)
    {
        this.match = match;
        Seat = seat;
    }

    /// <summary>The scenario being played.</summary>
    public Scenario Scenario => match.Scenario;

    /// <summary>The viewing seat.</summary>
    public int Seat { get; }

    /// <summary>The seats; other seats' roles are hidden (only their titles are public).</summary>
    public ImmutableArray<Seat> Seats => match.Deal.SeatsSeenBy(Seat);

    /// <summary>Each seat's role title, or null for a seat without a role.</summary>
    public ImmutableArray<string?> RoleTitles => match.Deal.RoleTitles;

    /// <summary>The viewing seat's own role, if any.</summary>
    public Role? Role => match.RoleOf(Seat);

    /// <summary>The speech being given; past the end means the verdict.</summary>
    public int SpeechIndex => match.SpeechIndex;

    /// <summary>The speaker's seat for each speech.</summary>
    public ImmutableArray<int> SpeakerBySpeech => match.SpeakerBySpeech;

    /// <summary>Time units left in the current speech.</summary>
    public int TimeLeft => match.TimeLeft;

    /// <summary>The viewing seat's hand.</summary>
    public ImmutableArray<CardId> Hand => match.Hands[Seat];

    /// <summary>How many cards each seat holds.</summary>
    public ImmutableArray<int> HandCounts
    {
        get
        {
            var counts = new int[match.Seats.Length];
            for (var s = 0; s < counts.Length; s++)
            {
                counts[s] = match.HandCount(s);
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(counts);
        }
    }

    /// <summary>Every argument on the floor.</summary>
    public ImmutableArray<Argument> Floor => match.Floor;

    /// <summary>The audience now.</summary>
    public ImmutableArray<Vote> Audience => match.Audience;

    /// <summary>The audience after each speech ended.</summary>
    public ImmutableArray<ImmutableArray<Vote>> AudienceAfterSpeech => match.AudienceAfterSpeech;

    /// <summary>Events revealed so far, in order.</summary>
    public ImmutableArray<CardId> EventsInPlay => match.EventsInPlay;

    /// <summary>Cards left in the Alliance deck.</summary>
    public int AllianceDeckLeft => match.Deal.AlliancePile.Length(match.Compiled) - match.AllianceDrawn;

    /// <summary>Cards left in the Partnership deck.</summary>
    public int PartnershipDeckLeft => match.Deal.PartnershipPile.Length(match.Compiled) - match.PartnershipDrawn;

    /// <summary>Events left in the world deck.</summary>
    public int EventDeckLeft => match.Deal.EventPile.Length(match.Compiled) - match.EventDrawn;

    /// <summary>Moves applied so far.</summary>
    public int MoveCount => match.MoveCount;

    /// <summary>The viewing seat's side.</summary>
    public Side Side => match.Seats[Seat].Side;

    /// <summary>The current speech, or null at the verdict.</summary>
    public SpeechSlot? CurrentSpeech => match.CurrentSpeech;

    /// <summary>The match behind the view, for the engine's own use (sampling the hidden cards); never handed out.</summary>
    internal Match Source => match;

    /// <summary>What every world sampled behind this view shares, worked out at the first sample (kept beside the view, which stays small).</summary>
    internal SampleBasis Basis => Bases.GetValue(this, static v => new SampleBasis(v));

    /// <summary>What <paramref name="seat"/> may see of <paramref name="match"/>.</summary>
    public static PlayerView Of(Match match, int seat)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentOutOfRangeException.ThrowIfNegative(seat);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(seat, match.Seats.Length);
        return new PlayerView(match, seat);
    }
}
