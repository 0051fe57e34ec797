using Debate.Console.Pages;
using Debate.Console.Play;
using Debate.Console.Shell.Views;
using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Previews;

namespace Debate.Console.Shell.Board;

/// <summary>
/// The board's reading panel, in full and word-wrapped: the selected card (what it would do on
/// each argument it may be played on, or why it cannot be played now, then its body and source),
/// the selected argument (who played it, why it stands or falls, its text and source), or the news.
/// </summary>
internal static class DetailRows
{
    /// <summary>A card of the speaker's hand.</summary>
    public static List<Row> Card(Match match, HandOption option, int number, int? target)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(option);
        var card = option.Card;
        var lines = new List<Line>
        {
            Line.Blank.Add($"{number}. ", Tone.Strong).Add(card.Tag, Tone.Title),
            Line.Blank.Add(BoardPages.KindWord(card.Kind), Tone.Heading).Add($" {card.Id} · strength {card.Strength} · time {card.Cost}"),
            Line.Blank.Add("Themes: ", Tone.Dim).Add(string.Join(", ", card.Themes.Select(t => ThemeName(match.Scenario, t)))),
        };
        if (!option.Playable)
        {
            lines.Add(Line.Blank.Add("Not now: ", Tone.Bad).Add(option.WhyNot ?? string.Empty));
        }
        else if (card.Kind == CardKind.Claim)
        {
            lines.Add(Line.Blank.Add("Enter: ", Tone.Good).Add(MoveOutcome.Sentence(match, option.Moves[0])));
        }
        else
        {
            var verb = card.Kind == CardKind.Evidence ? "Can back" : "Can answer";
            // Each target line says "named:" (the card names it; for a rebuttal a direct answer) or "theme:" (they share one).
            lines.Add(Line.Of($"{verb} ({FloorRows.TargetMark} on the floor):", Tone.Good));
            lines.AddRange(Outcomes(match, option.Moves, target));
        }

        lines.Add(Line.Blank);
        lines.Add(Line.Of(card.Body));
        lines.Add(Line.Blank.Add("Source: ", Tone.Dim).Add(card.Citation.ToString()));
        if (!card.Targets.IsDefaultOrEmpty)
        {
            var named = card.Targets.Select(t => OnFloor(match, t) is int id ? $"{t} (#{id})" : t.Value);
            lines.Add(Line.Blank.Add(card.Kind == CardKind.Evidence ? "Names: " : "Answers directly: ", Tone.Dim).Add(string.Join(", ", named)));
        }

        if (card.Boost is { } boost && match.Scenario.TryGetCard(boost.Event, out var news))
        {
            var live = match.EventsInPlay.Contains(boost.Event) ? " (in play now)" : string.Empty;
            lines.Add(Line.Of($"+{boost.Delta} strength while this news is in play: {news.Tag}{live}", Tone.Warn));
        }

        return [.. lines.Select(Row.Of)];
    }

    /// <summary>An argument on the floor.</summary>
    public static List<Row> Argument(Match match, int id, IReadOnlyList<PlayedMove> log)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(log);
        var a = match.ArgumentById(id);
        if (a is null)
        {
            return [];
        }

        var s = FloorJudgement.Of(match)[id - 1];
        var card = match.Scenario.Card(a.Card);
        var seat = match.Seats[a.Seat];
        var role = match.RoleOf(a.Seat)?.Title;
        var (mark, tone) = FloorRows.Mark(s);
        var speech = a.Speech >= 0 && a.Speech < match.Scenario.Speeches.Length ? match.Scenario.Speeches[a.Speech].Title : null;
        var status = a.Kind == CardKind.Evidence ? "EVIDENCE" : FloorThreads.StatusWord(s).ToUpperInvariant();
        var lines = new List<Line>
        {
            Line.Blank.Add($"#{a.Id} ", Tone.Strong).Add(card.Tag, Tone.Title),
            Line.Blank.Add($"{mark} {status}", tone).Add($" · strength {s.Strength} · {BoardPages.KindWord(a.Kind)} {a.Card}"),
            Line.Blank.Add("Played by ", Tone.Dim).Add(seat.Name, Line.SideTone(seat.Side)).Add($" ({seat.Side}{(role is null ? string.Empty : $", {role}")})")
                .Add(speech is null ? string.Empty : $" in {speech}", Tone.Dim),
        };
        if (a.Target is int t)
        {
            lines.Add(Line.Of(a.Kind == CardKind.Evidence ? $"Backs #{t}." : $"Answers #{t}.", Tone.Dim));
        }

        if (s.Either)
        {
            var note = EitherSide.Note(match, a);
            lines.Add(Line.Of(char.ToUpperInvariant(note[0]) + note[1..] + ".", Tone.Warn));
        }

        lines.Add(Line.Blank.Add("Why: ", Tone.Strong).Add(s.Explanation));
        if (!s.Attackers.IsDefaultOrEmpty)
        {
            lines.Add(Line.Blank.Add("Answered by: ", Tone.Dim).Add(string.Join(", ", s.Attackers.Select(x => $"#{x}"))));
        }

        lines.Add(Line.Blank);
        lines.Add(Line.Of(card.Body));
        lines.Add(Line.Blank.Add("Source: ", Tone.Dim).Add(card.Citation.ToString()));
        var reason = log.FirstOrDefault(m => m.After.Floor.Length >= id && m.Before.Floor.Length < id)?.Reason;
        if (reason is not null)
        {
            lines.Add(Line.Blank.Add($"{seat.Name}'s reason: ", Tone.Dim).Add($"\"{reason}\""));
        }

        return [.. lines.Select(Row.Of)];
    }

    /// <summary>The latest news in full.</summary>
    public static List<Row> News(Match match, IReadOnlyList<PlayedMove> log)
    {
        ArgumentNullException.ThrowIfNull(match);
        return NewsText.Latest(match) is { } news
            ? [.. NewsText.Of(match, news, log).Select(Row.Of)]
            : [Row.Of(Line.Of("No news yet: an event is revealed at the start of each rebuttal round.", Tone.Dim))];
    }

    /// <summary>A move just made, while every hand is hidden: who did what, why, and what followed.</summary>
    public static List<Row> Spotlight(PlayedMove move)
    {
        ArgumentNullException.ThrowIfNull(move);
        var lines = new List<Line> { Line.Blank.Add("▶ ", Tone.Strong).Add(move.Text, Tone.Strong) };
        if (move.Reason is not null)
        {
            lines.Add(Line.Of($"\"{move.Reason}\"", Tone.Plain, 2));
        }

        lines.AddRange(move.Aftermath.Where(a => !a.Contains("has the floor", StringComparison.Ordinal)).Select(a => Line.Of(a, Tone.Warn, 2)));
        lines.AddRange(FloorChanges.Between(move.Before, move.After).Select(c => Line.Of(c, Tone.Dim, 2)));
        return [.. lines.Select(Row.Of)];
    }

    private static IEnumerable<Line> Outcomes(Match match, IReadOnlyList<Move> moves, int? target)
    {
        foreach (var move in moves)
        {
            var preview = MoveOutcome.Of(match, move);
            var outcome = preview.Outcome;
            if (move.Target is not int t)
            {
                yield return Line.Of(outcome, Tone.Plain, 2);
                continue;
            }

            var arg = match.ArgumentById(t)!;
            var chosen = target == t;
            // The same rule the legal moves follow: named in the card's targets, or sharing a theme.
            var named = preview.Bearing == Bearing.Named;
            yield return Line.Blank.Add(chosen ? "▶ " : "  ", Tone.Strong).Add($"#{t} ", Tone.Strong)
                .Add(arg.Side == Side.Alliance ? "A " : "P ", Line.SideTone(arg.Side))
                .Add(named ? "named: " : "theme: ", Tone.Dim)
                .Add(outcome, chosen ? Tone.Strong : Tone.Plain);
        }
    }

    private static int? OnFloor(Match match, CardId card) => match.Floor.FirstOrDefault(a => a.Card == card)?.Id;

    private static string ThemeName(Scenario scenario, string id) => scenario.Themes.FirstOrDefault(t => t.Id == id)?.Name ?? id;
}
