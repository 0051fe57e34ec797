using Debate.Console.Play;
using Debate.Core.Play;

namespace Debate.Console.Pages;

/// <summary>Every piece of news in play, the latest first, each in full with what it changes.</summary>
internal static class NewsPage
{
    public static Page Build(Match match, IReadOnlyList<PlayedMove>? log)
    {
        ArgumentNullException.ThrowIfNull(match);
        var lines = new List<Line>();
        foreach (var id in match.EventsInPlay.Reverse())
        {
            if (lines.Count > 0)
            {
                lines.Add(Line.Blank);
            }

            lines.AddRange(NewsText.Of(match, match.Scenario.Card(id), log));
        }

        return new Page("The news in play", lines.Count == 0 ? [Line.Of("No news yet: an event is revealed at the start of each rebuttal round.")] : lines, HelpTopic.Reading);
    }
}
