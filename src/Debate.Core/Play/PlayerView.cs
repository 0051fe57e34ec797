using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// What one seat may see: its own hand and role, the public floor and audience, the events in play,
/// and only the number of cards in the other hands and the decks. Opponents get nothing else, so
/// no path can give a bot more than a player has.
/// </summary>
public sealed record PlayerView(
    Scenario Scenario,
    int Seat,
    ImmutableArray<Seat> Seats,
    ImmutableArray<string?> RoleTitles,
    Role? Role,
    int SpeechIndex,
    ImmutableArray<int> SpeakerBySpeech,
    int TimeLeft,
    ImmutableArray<CardId> Hand,
    ImmutableArray<int> HandCounts,
    ImmutableArray<Argument> Floor,
    ImmutableArray<Vote> Audience,
    ImmutableArray<ImmutableArray<Vote>> AudienceAfterSpeech,
    ImmutableArray<CardId> EventsInPlay,
    int AllianceDeckLeft,
    int PartnershipDeckLeft,
    int EventDeckLeft,
    int MoveCount)
{
    /// <summary>The viewing seat's side.</summary>
    public Side Side => Seats[Seat].Side;

    /// <summary>The current speech, or null at the verdict.</summary>
    public SpeechSlot? CurrentSpeech => SpeechIndex < Scenario.Speeches.Length ? Scenario.Speeches[SpeechIndex] : null;

    /// <summary>What <paramref name="seat"/> may see of <paramref name="match"/>.</summary>
    public static PlayerView Of(Match match, int seat)
    {
        ArgumentNullException.ThrowIfNull(match);
        var own = match.Seats[seat];

        // Other seats' role ids would reveal their secret objectives through the scenario: only titles are public.
        var seats = match.Seats.Select(s => s.Index == seat ? s : s with { RoleId = null }).ToImmutableArray();
        var titles = match.Seats.Select(s => match.RoleOf(s.Index)?.Title).ToImmutableArray();
        return new PlayerView(
            match.Scenario, seat, seats, titles, match.RoleOf(seat), match.SpeechIndex, match.SpeakerBySpeech, match.TimeLeft,
            match.Hands[seat], match.Hands.Select(h => h.Length).ToImmutableArray(), match.Floor, match.Audience,
            match.AudienceAfterSpeech, match.EventsInPlay, match.AllianceDeck.Left, match.PartnershipDeck.Left,
            match.EventDeck.Left, match.MoveCount);
    }
}
