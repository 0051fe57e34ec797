using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Debrief.Model;

namespace Debate.Debrief.Building;

/// <summary>The match retold speech by speech: the news before a speech, then each card as a sentence of its speaker.</summary>
internal static class Transcript
{
    public static ImmutableArray<TranscriptEntry> Of(MatchFacts facts)
    {
        var match = facts.Match;
        var entries = ImmutableArray.CreateBuilder<TranscriptEntry>();
        for (var speech = 0; speech < facts.SpeechesGiven; speech++)
        {
            var title = match.Scenario.Speeches[speech].Title;
            if (facts.NewsBySpeech.TryGetValue(speech, out var news))
            {
                entries.Add(new TranscriptEntry(
                    speech, title, null, null, null, CardKind.Event, news.Id.Value, Sentences.News(news.Tag), Citations.Of(news.Citation, facts)));
            }

            foreach (var a in match.Floor.Where(a => a.Speech == speech))
            {
                var seat = match.Seats[a.Seat];
                var card = match.Scenario.Card(a.Card);
                var who = Sentences.Who(seat.Name, match.RoleOf(a.Seat)?.Title, seat.Side);
                var either = card.Side == CardSide.Either;
                var earlier = either ? EitherSide.SharedWith(match, a).Where(id => id < a.Id).ToList() : null;
                var sentence = Sentences.Of(who, a.Kind, a.Target, card.Tag, facts.Words, either ? a.Side : null, earlier);
                entries.Add(new TranscriptEntry(speech, title, a.Id, a.Seat, seat.Name, a.Kind, card.Id.Value, sentence, Citations.Of(card.Citation, facts)));
            }
        }

        return entries.ToImmutable();
    }
}
