using System.Globalization;
using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Console.Play;

namespace Debate.Console.Pages;

/// <summary>The pages the board opens: a card, the whole floor with reasons, the audience, the log, a role sheet.</summary>
internal static class BoardPages
{
    public static Page Card(Scenario scenario, Card card, Match? match = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(card);
        var lines = new List<Line>
        {
            Line.Of(card.Tag, Tone.Title),
            Line.Blank,
            Line.Blank.Add($"{KindWord(card.Kind)}", Tone.Heading).Add($"   card {card.Id}   side {card.Side}   strength {card.Strength}   time {card.Cost}"),
        };
        if (!card.Themes.IsDefaultOrEmpty)
        {
            lines.Add(Line.Of("Themes: " + string.Join(", ", card.Themes.Select(t => scenario.Themes.FirstOrDefault(x => x.Id == t)?.Name ?? t))));
        }

        lines.Add(Line.Blank);
        lines.Add(Line.Of(card.Body));
        lines.Add(Line.Blank);
        lines.Add(Line.Blank.Add("Source: ", Tone.Strong).Add(card.Citation.ToString()));
        if (!string.IsNullOrWhiteSpace(card.Anchor))
        {
            lines.Add(Line.Blank.Add("In the text: ", Tone.Strong).Add($"\"{card.Anchor}\""));
        }

        // One rule, the one the legal moves follow (Targeting.Allows): a card may be played on an argument it
        // names or on one that shares a theme with it; a rebuttal on one it names is a direct answer, one stronger.
        if (card.Kind is CardKind.Evidence or CardKind.Rebuttal)
        {
            if (!card.Targets.IsDefaultOrEmpty)
            {
                var named = string.Join("; ", card.Targets.Select(t => scenario.TryGetCard(t, out var c) ? $"{t} ({c.Tag})" : t.Value));
                lines.Add(Line.Of(card.Kind == CardKind.Evidence
                    ? $"Names: {named}."
                    : $"Answers directly (a direct answer, +{Targeting.DirectAnswerBonus} strength): {named}."));
            }

            lines.Add(Line.Of(card.Kind == CardKind.Evidence
                ? $"Supports {(card.Targets.IsDefaultOrEmpty ? "any" : "also any other")} argument of your side that shares one of its themes."
                : $"Answers {(card.Targets.IsDefaultOrEmpty ? "any" : "also any other")} argument of the other side that shares one of its themes, at its own strength."));
        }

        if (card.Boost is { } boost && scenario.TryGetCard(boost.Event, out var news))
        {
            var live = match is not null && match.EventsInPlay.Contains(boost.Event) ? " (in play now)" : string.Empty;
            lines.Add(Line.Of($"+{boost.Delta} strength while this news is in play: {news.Tag}{live}", Tone.Warn));
        }

        return new Page($"Card {card.Id}", lines, HelpTopic.Reading);
    }

    public static Page Floor(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var lines = new List<Line> { AudienceText.RoomLine(match), Line.Blank };
        var statuses = FloorJudgement.Of(match);
        var threads = FloorThreads.Lines(match);
        foreach (var (id, line) in threads)
        {
            var s = statuses[id - 1];
            var depth = Depth(match, id);
            var tone = s.Kind == CardKind.Evidence ? Tone.Plain : s.Label == Label.Standing ? Tone.Good : s.Label == Label.Defeated ? Tone.Bad : Tone.Warn;
            lines.Add(Line.Of(line.Text, tone, depth * 3));
            lines.Add(Line.Of(s.Explanation, Tone.Dim, (depth * 3) + 4));
        }

        if (threads.Count == 0)
        {
            lines.Add(Line.Of("Nothing on the floor yet."));
        }

        return new Page("The floor", lines, HelpTopic.Reading);
    }

    public static Page Audience(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var lines = new List<Line>(AudienceText.Words(match)) { Line.Blank, Line.Of("What each bloc weighs", Tone.Heading) };
        foreach (var b in match.Scenario.Blocs)
        {
            var weights = string.Join(", ", b.Weights.OrderByDescending(w => w.Value).Select(w => $"{w.Key} {w.Value.ToString(CultureInfo.InvariantCulture)}"));
            lines.Add(Line.Of($"{b.Name}: {weights}. Opening vote for {b.Opening.For}%, against {b.Opening.Against}%."));
        }

        return new Page("The audience", lines, HelpTopic.Reading);
    }

    public static Page Log(IReadOnlyList<PlayedMove> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var lines = new List<Line>();
        var speech = string.Empty;
        foreach (var m in log)
        {
            if (m.SpeechTitle != speech)
            {
                speech = m.SpeechTitle;
                lines.Add(Line.Of(speech, Tone.Heading));
            }

            lines.Add(Line.Of($"{m.Number}. {m.Text}" + (m.Reason is null ? string.Empty : $"  \"{m.Reason}\""), indent: 2));
        }

        return new Page("Every move so far", lines.Count == 0 ? [Line.Of("No moves yet.")] : lines, HelpTopic.Reading);
    }

    public static Page Role(Match match, int seat)
    {
        ArgumentNullException.ThrowIfNull(match);
        var s = match.Seats[seat];
        var role = match.RoleOf(seat);
        var lines = new List<Line>
        {
            Line.Blank.Add($"{s.Name}: you argue for ", Tone.Strong).Add(s.Side.ToString().ToUpperInvariant(), Line.SideTone(s.Side)),
            Line.Of(match.Scenario.Motion.CaseOf(s.Side)),
            Line.Blank,
        };
        if (role is null)
        {
            lines.Add(Line.Of("You play without a role sheet this time."));
        }
        else
        {
            lines.Add(Line.Of(role.Title, Tone.Title));
            lines.Add(Line.Of(role.Brief));
            lines.Add(Line.Blank);
            lines.Add(Line.Of("Secret objective (revealed at the verdict):", Tone.Warn));
            lines.Add(Line.Of(role.Objective.Text, Tone.Strong, 2));
        }

        return new Page($"Role sheet: {s.Name}", lines, HelpTopic.Role);
    }

    /// <summary>A card's kind as the board names it.</summary>
    public static string KindWord(CardKind kind) => kind switch
    {
        CardKind.Claim => "CLAIM",
        CardKind.Evidence => "EVIDENCE",
        CardKind.Rebuttal => "REBUTTAL",
        _ => "EVENT",
    };

    private static int Depth(Match match, int id)
    {
        var depth = 0;
        for (var a = match.ArgumentById(id); a?.Target is int t; a = match.ArgumentById(t))
        {
            depth++;
        }

        return depth;
    }
}
