using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Core.Previews;

/// <summary>
/// A match built from one seat's view alone: the public floor, audience and events, the seat's own
/// hand, and nothing else (the other hands and the decks empty). Previews and opponents reason over
/// it, so a hidden card cannot reach what they say or choose, even by accident.
/// </summary>
public static class PublicMatch
{
    private static readonly Deck Empty = new([], 0);

    /// <summary>The match as <paramref name="view"/>'s seat may know it.</summary>
    public static Match Of(PlayerView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var hands = new ImmutableArray<CardId>[view.Seats.Length];
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
