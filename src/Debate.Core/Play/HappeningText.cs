using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// The lines of what a move caused, written from the positions before and after it: the card played;
/// or the speech ending, how the room leaned, and the verdict or the next speech's news, draw and
/// speaker.
/// </summary>
internal static class HappeningText
{
    public static ImmutableArray<Happening> Of(Match before, Move move, Match after)
    {
        if (move.Kind != MoveKind.EndSpeech)
        {
            var seat = before.Seats[move.Seat];
            var card = before.Scenario.Card(move.Card!.Value);
            var verb = card.Kind switch
            {
                CardKind.Claim => "claims",
                CardKind.Evidence => $"supports #{move.Target} with",
                _ => $"rebuts #{move.Target}:",
            };
            // An Either card says whose case it serves here (and whether the other side made the same point).
            var tag = card.Side == CardSide.Either ? EitherSide.Tag(after, after.ArgumentById(after.FloorCount)!) : card.Tag;
            return [new Happening(HappeningKind.CardPlayed, $"#{after.FloorCount} {seat.Name} ({seat.Side}) {verb} {tag}")];
        }

        var happened = ImmutableArray.CreateBuilder<Happening>();
        var slot = before.CurrentSpeech!;
        happened.Add(new Happening(HappeningKind.SpeechEnded, $"{slot.Title} ends."));
        happened.Add(new Happening(HappeningKind.AudienceLeaned, before.Compiled.Phases.LeansOnExit(before.SpeechIndex)
            ? Summary(before.AudienceValues, after.AudienceValues)
            : "The room waits to hear the other side before it leans."));
        if (after.IsOver)
        {
            happened.Add(new Happening(HappeningKind.DebateClosed, "The closing vote is taken; the judges reach a verdict."));
            return happened.ToImmutable();
        }

        if (after.EventDrawn > before.EventDrawn)
        {
            happened.Add(new Happening(HappeningKind.EventRevealed, $"News: {after.Scenario.Card(after.EventsInPlay[^1]).Tag}"));
        }

        var speaker = after.Seats[after.Speaker];
        var drawn = after.HandCount(after.Speaker) - before.HandCount(after.Speaker);
        if (drawn > 0)
        {
            happened.Add(new Happening(HappeningKind.CardsDrawn, $"{speaker.Name} draws {drawn}."));
        }

        happened.Add(new Happening(HappeningKind.SpeechBegan, $"{after.CurrentSpeech!.Title}: {speaker.Name} has the floor."));
        return happened.ToImmutable();
    }

    private static string Summary(ReadOnlySpan<double> before, ReadOnlySpan<double> after)
    {
        var delta = 0.0;
        for (var i = 0; i < before.Length; i += 3)
        {
            delta += (after[i] - after[i + 1]) - (before[i] - before[i + 1]);
        }

        return delta switch
        {
            > 0.05 => "The room leans towards Alliance.",
            < -0.05 => "The room leans towards Partnership.",
            _ => "The room holds still.",
        };
    }
}
