using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// A debate in progress, as one immutable value: whose speech it is, the hands, the decks, the
/// floor and the audience. <see cref="Rules"/> holds every transition; nothing here mutates, so
/// opponents look ahead by applying moves to copies that cost almost nothing.
/// </summary>
public sealed record Match
{
    /// <summary>The scenario the match is played from.</summary>
    public required Scenario Scenario { get; init; }

    /// <summary>The seats, in seat order.</summary>
    public required ImmutableArray<Seat> Seats { get; init; }

    /// <summary>The seed the match was dealt from.</summary>
    public required ulong Seed { get; init; }

    /// <summary>The generator's state after the deal.</summary>
    public required ulong RngState { get; init; }

    /// <summary>The speech being given (index into <see cref="Content.Scenario.Speeches"/>); past the end means the verdict.</summary>
    public required int SpeechIndex { get; init; }

    /// <summary>The speaker's seat for each speech, fixed at the deal by rotating each side's seats.</summary>
    public required ImmutableArray<int> SpeakerBySpeech { get; init; }

    /// <summary>Time units left in the current speech.</summary>
    public required int TimeLeft { get; init; }

    /// <summary>Each seat's hand.</summary>
    public required ImmutableArray<ImmutableArray<CardId>> Hands { get; init; }

    /// <summary>The Alliance draw pile.</summary>
    public required Deck AllianceDeck { get; init; }

    /// <summary>The Partnership draw pile.</summary>
    public required Deck PartnershipDeck { get; init; }

    /// <summary>The world deck of events.</summary>
    public required Deck EventDeck { get; init; }

    /// <summary>Events revealed so far, in order.</summary>
    public required ImmutableArray<CardId> EventsInPlay { get; init; }

    /// <summary>Every argument made, in order; an argument's id is its position plus one.</summary>
    public required ImmutableArray<Argument> Floor { get; init; }

    /// <summary>The audience now, bloc by bloc in scenario order.</summary>
    public required ImmutableArray<Vote> Audience { get; init; }

    /// <summary>The audience after each speech ended (the opening vote is the blocs' own).</summary>
    public required ImmutableArray<ImmutableArray<Vote>> AudienceAfterSpeech { get; init; }

    /// <summary>Moves applied so far.</summary>
    public required int MoveCount { get; init; }

    /// <summary>Whether the last speech has ended.</summary>
    public bool IsOver => SpeechIndex >= Scenario.Speeches.Length;

    /// <summary>The current speech, or null at the verdict.</summary>
    public SpeechSlot? CurrentSpeech => IsOver ? null : Scenario.Speeches[SpeechIndex];

    /// <summary>The seat holding the floor, or -1 at the verdict.</summary>
    public int Speaker => IsOver ? -1 : SpeakerBySpeech[SpeechIndex];

    /// <summary>The deck <paramref name="side"/> draws from.</summary>
    public Deck DeckOf(Side side) => side == Side.Alliance ? AllianceDeck : PartnershipDeck;

    /// <summary>The argument with this id, or null.</summary>
    public Argument? ArgumentById(int id) => id >= 1 && id <= Floor.Length ? Floor[id - 1] : null;

    /// <summary>The role dealt to a seat, if any.</summary>
    public Role? RoleOf(int seat)
    {
        var roleId = Seats[seat].RoleId;
        return roleId is null ? null : Scenario.Roles.FirstOrDefault(r => r.Id == roleId);
    }
}
