using Debate.Console.Play;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Console.Pages;

/// <summary>
/// The news from the world deck in full: what happened (tag, body, source), what it changes while
/// in play (in the words of its effects), and what it changed on the floor when it came.
/// </summary>
internal static class NewsText
{
    /// <summary>The event revealed most recently, or null before any news.</summary>
    public static Card? Latest(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return match.EventsInPlay.IsDefaultOrEmpty ? null : match.Scenario.Card(match.EventsInPlay[^1]);
    }

    /// <summary>One event in full, with its effects and the floor changes the log records for it.</summary>
    public static IReadOnlyList<Line> Of(Match match, Card news, IReadOnlyList<PlayedMove>? log)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(news);
        var lines = new List<Line>
        {
            Line.Blank.Add("NEWS ", Tone.Warn).Add(news.Tag, Tone.Strong),
            Line.Of(news.Body),
            Line.Blank.Add("Source: ", Tone.Dim).Add(news.Citation.ToString()),
            Line.Of("While it is in play:", Tone.Strong),
        };
        lines.AddRange(news.Effects.IsDefaultOrEmpty
            ? [Line.Of("It changes no weight or strength.", Tone.Dim, 2)]
            : news.Effects.Select(e => Line.Of(Effect(match.Scenario, e), Tone.Plain, 2)));
        var boosted = match.Scenario.Cards.Where(c => c.Boost?.Event == news.Id).Select(c => $"{c.Id} +{c.Boost!.Delta}").ToList();
        if (boosted.Count > 0)
        {
            lines.Add(Line.Of("Cards it strengthens: " + string.Join(", ", boosted) + ".", Tone.Plain, 2));
        }

        var came = log?.LastOrDefault(m => m.After.EventsInPlay.Contains(news.Id) && !m.Before.EventsInPlay.Contains(news.Id));
        if (came is not null)
        {
            var changes = FloorChanges.Between(came.Before, came.After);
            lines.Add(Line.Of(changes.Count == 0 ? "On the floor when it came: no argument changed." : "On the floor when it came:", Tone.Strong));
            lines.AddRange(changes.Select(c => Line.Of(c, Tone.Plain, 2)));
        }

        return lines;
    }

    /// <summary>An event's effect as the rules apply it.</summary>
    public static string Effect(Scenario scenario, EventEffect effect)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(effect);
        var theme = scenario.Themes.FirstOrDefault(t => t.Id == effect.Theme)?.Name ?? effect.Theme;
        var amount = Math.Abs(effect.Delta);
        if (effect.Kind == EffectKind.ThemeWeight)
        {
            // "Trade: weight +1 with Business", in the same shape as the strength line below (the
            // verb form "Business weighs Trade 1 more" read as a misprint on the board).
            var with = effect.Bloc is null ? "every bloc" : scenario.Blocs.FirstOrDefault(b => b.Id == effect.Bloc)?.Name ?? effect.Bloc;
            return $"{theme}: weight {(effect.Delta >= 0 ? "+" : "-")}{amount} with {with}.";
        }

        var sides = effect.Side is Side s ? $"{s} arguments" : "Arguments of both sides";
        return $"{sides} on {theme}: strength {(effect.Delta >= 0 ? "+" : "-")}{amount}.";
    }
}
