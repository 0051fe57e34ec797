using System.Collections.Immutable;
using Debate.Core.Play;

namespace Debate.Opponents.Reading;

/// <summary>
/// A match built from a seat's view alone: the public floor and audience, the seat's own hand, and
/// nothing else (other hands and the decks empty). Opponents that reason about the floor use it, so
/// hidden cards cannot reach their choices even by accident.
/// </summary>
internal static class PublicMatch
{
    private static readonly Deck Empty = new([], 0);

    public static Match Of(PlayerView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var hands = new ImmutableArray<Core.Content.CardId>[view.Seats.Length];
        for (var i = 0; i < hands.Length; i++)
        {
            hands[i] = i == view.Seat ? view.Hand : [];
        }

        return new Match
        {
            Scenario = view.Scenario,
            Seats = view.Seats,
            Seed = 0,
            RngState = 0,
            SpeechIndex = view.SpeechIndex,
            SpeakerBySpeech = view.SpeakerBySpeech,
            TimeLeft = view.TimeLeft,
            Hands = [.. hands],
            AllianceDeck = Empty,
            PartnershipDeck = Empty,
            EventDeck = Empty,
            EventsInPlay = view.EventsInPlay,
            Floor = view.Floor,
            Audience = view.Audience,
            AudienceAfterSpeech = view.AudienceAfterSpeech,
            MoveCount = view.MoveCount,
        };
    }
}
