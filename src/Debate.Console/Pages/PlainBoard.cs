using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Console.Play;

namespace Debate.Console.Pages;

/// <summary>The board as plain lines, one item a line, every status in words: for the plain mode and screen readers.</summary>
internal static class PlainBoard
{
    public static IReadOnlyList<Line> Header(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var lines = new List<Line>();
        if (match.IsOver)
        {
            lines.Add(Line.Of("The debate is over."));
            return lines;
        }

        var slot = match.CurrentSpeech!;
        var seat = match.Seats[match.Speaker];
        lines.Add(Line.Of($"{slot.Title}, speech {slot.Index + 1} of {match.Scenario.Speeches.Length}. {seat.Name} ({seat.Side}) speaks; time left {match.TimeLeft} of {slot.Speech.Time}."));
        if (!match.EventsInPlay.IsDefaultOrEmpty)
        {
            lines.Add(Line.Of("News in play: " + string.Join("; ", match.EventsInPlay.Select(e => match.Scenario.Card(e).Tag)) + "."));
        }

        return lines;
    }

    public static IReadOnlyList<Line> Floor(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var threads = FloorThreads.Lines(match);
        return threads.Count == 0 ? [Line.Of("The floor is empty.")] : [Line.Of($"The floor, {threads.Count} arguments:"), .. threads.Select(t => t.Line)];
    }

    public static IReadOnlyList<Line> Hand(IReadOnlyList<HandOption> hand, string owner)
    {
        ArgumentNullException.ThrowIfNull(hand);
        var lines = new List<Line> { Line.Of($"Hand of {owner}, {hand.Count} cards:") };
        lines.AddRange(hand.Select(h => Line.Of(
            $"{h.Card.Id}, {h.Card.Kind.ToString().ToLowerInvariant()}, strength {h.Card.Strength}, time {h.Card.Cost}: {h.Card.Tag} (themes: {string.Join(", ", h.Card.Themes)})"
            + (h.Playable ? string.Empty : $". Not now: {h.WhyNot}"), indent: 2)));
        return lines;
    }

    /// <summary>A legal move as one sentence, for the numbered list.</summary>
    public static string Describe(Match match, Move move)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(move);
        if (move.Kind == MoveKind.EndSpeech)
        {
            return "End your speech.";
        }

        var card = match.Scenario.Card(move.Card!.Value);
        var target = move.Target is int t ? match.ArgumentById(t) : null;
        var on = target is null ? string.Empty : $" #{target.Id} ({match.Scenario.Card(target.Card).Tag})";
        return card.Kind switch
        {
            CardKind.Claim => $"Claim {card.Id}: {card.Tag} (strength {card.Strength}, time {card.Cost}).",
            CardKind.Evidence => $"Back{on} with evidence {card.Id}: {card.Tag} (+{card.Strength}, time {card.Cost}).",
            _ => $"Rebut{on} with {card.Id}: {card.Tag} (strength {card.Strength}, time {card.Cost}).",
        };
    }
}
