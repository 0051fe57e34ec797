using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Core.Phases;

namespace Debate.Core.Play;

/// <summary>
/// The entry actions of a speech, taken when the previous speech ends (or at the deal): reveal an
/// event if the round begins with one, the speaker draws, the clock is set to the speech's budget.
/// </summary>
internal static class SpeechEntry
{
    public static Match Enter(Match match, ImmutableArray<Happening>.Builder happened)
    {
        if (match.IsOver)
        {
            return match with { TimeLeft = 0 };
        }

        var slot = match.Scenario.Speeches[match.SpeechIndex];
        if (PhaseTable.For(match.Scenario).RevealsOnEntry(match.SpeechIndex) && match.EventDeck.Left > 0)
        {
            var (deck, drawn) = match.EventDeck.Draw(1);
            var card = match.Scenario.Card(drawn[0]);
            match = match with { EventDeck = deck, EventsInPlay = match.EventsInPlay.Add(card.Id) };
            happened.Add(new Happening(HappeningKind.EventRevealed, $"News: {card.Tag}"));
        }

        var speaker = match.Speaker;
        var seat = match.Seats[speaker];
        if (slot.Speech.Draw > 0)
        {
            var (deck, cards) = match.DeckOf(seat.Side).Draw(slot.Speech.Draw);
            match = seat.Side == Side.Alliance ? match with { AllianceDeck = deck } : match with { PartnershipDeck = deck };
            match = match with { Hands = match.Hands.SetItem(speaker, match.Hands[speaker].AddRange(cards)) };
            if (cards.Length > 0)
            {
                happened.Add(new Happening(HappeningKind.CardsDrawn, $"{seat.Name} draws {cards.Length}."));
            }
        }

        happened.Add(new Happening(HappeningKind.SpeechBegan, $"{slot.Title}: {seat.Name} has the floor."));
        return match with { TimeLeft = slot.Speech.Time };
    }
}
