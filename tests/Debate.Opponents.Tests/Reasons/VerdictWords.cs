using System.Collections.Concurrent;
using System.Globalization;
using Regex = System.Text.RegularExpressions.Regex;
using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Opponents.Tests.Reasons;

/// <summary>
/// The verdict's words follow the rules, checked over seeded matches on the built-in scenarios and the
/// sample with every level and persona: an argument is called dropped only when the other side gave a
/// speech allowing rebuttals after it and never answered it (so nothing made in the last speech is
/// dropped), one the other side could not answer has the last word, every rebuttal weaker than its
/// target is reported as failed with the right strengths, and the standing count counts what it says.
/// An Either card says whose case it serves wherever it is played and judged, and where the same
/// Either card stands on both sides, both say it is a shared concession.
/// Each rule is worked out here from the floor and the speeches alone, not from the judge's own fields.
/// <see cref="ReasonsAgreeWithTheFloorTests"/> runs it on the verdict of each of its seeded matches.
/// </summary>
internal static class VerdictWords
{
    /// <summary>The transcript line of a card just played: an Either card says whose case it serves, and whether the other side already made the same point.</summary>
    public static string? CheckPlayed(Match before, ApplyResult applied, ConcurrentDictionary<string, int> counts)
    {
        if (applied.Match.Floor.Length == before.Floor.Length)
        {
            return null;
        }

        var a = applied.Match.Floor[^1];
        if (before.Scenario.Card(a.Card).Side != CardSide.Either)
        {
            return null;
        }

        var text = applied.Happenings.First(h => h.Kind == HappeningKind.CardPlayed).Text;
        var shared = before.Floor.Any(o => o.Card == a.Card && o.Side != a.Side && a.Target != o.Id);
        counts.AddOrUpdate("either-side cards played", 1, (_, n) => n + 1);
        return text.Contains($"(either side's card, argued for {a.Side}", StringComparison.Ordinal)
            && text.Contains("shared concession", StringComparison.Ordinal) == shared
            ? null
            : $"'{text}' should say the card is argued for {a.Side}{(shared ? " and is a shared concession" : string.Empty)}";
    }

    public static List<string> Check(Match final, ConcurrentDictionary<string, int> counts)
    {
        var problems = new List<string>();
        var verdict = Adjudicator.Judge(final);
        var scenario = final.Scenario;
        var strengths = Strengths.Of(final);
        var lastSpeech = scenario.Speeches.Length - 1;
        var expectDropped = new List<int>();
        var expectLastWord = new List<int>();
        var expectFailed = new List<int>();
        foreach (var a in final.Floor.Where(a => a.IsContestable))
        {
            var answered = final.Floor.Any(r => r.Kind == CardKind.Rebuttal && r.Target == a.Id);
            var chance = Enumerable.Range(a.Speech + 1, lastSpeech - a.Speech)
                .Any(s => scenario.Speeches[s].Speech.Side != a.Side && scenario.Speeches[s].Speech.Allows(CardKind.Rebuttal));
            if (!answered)
            {
                (chance ? expectDropped : expectLastWord).Add(a.Id);
            }

            if (!answered && a.Speech == lastSpeech)
            {
                counts.AddOrUpdate("unanswered in the last speech", 1, (_, n) => n + 1);
            }

            if (a.Kind == CardKind.Rebuttal && a.Target is int t && strengths[a.Id - 1] < strengths[t - 1])
            {
                expectFailed.Add(a.Id);
            }
        }

        Same("dropped", verdict.Reason.Dropped.Select(s => s.Id), expectDropped);
        Same("last word", verdict.Reason.LastWord.Select(s => s.Id), expectLastWord);
        Same("failed rebuttals", verdict.Reason.Failed.Select(s => s.Id), expectFailed);
        foreach (var line in verdict.Reason.Lines.Where(l => l.StartsWith("Dropped: #", StringComparison.Ordinal)))
        {
            var id = int.Parse(line["Dropped: #".Length..line.IndexOf(' ', "Dropped: #".Length)], CultureInfo.InvariantCulture);
            if (final.Floor[id - 1].Speech == lastSpeech)
            {
                problems.Add($"'{line}', but #{id} was made in the last speech");
            }
        }

        foreach (var id in expectFailed)
        {
            var t = final.Floor[id - 1].Target!.Value;
            var words = string.Create(CultureInfo.InvariantCulture, $"Failed: #{id} ");
            var line = verdict.Reason.Lines.FirstOrDefault(l => l.StartsWith(words, StringComparison.Ordinal));
            var numbers = string.Create(CultureInfo.InvariantCulture, $"too weak to defeat #{t}, {strengths[id - 1]} against {strengths[t - 1]}");
            if (line is null || !line.Contains(numbers, StringComparison.Ordinal))
            {
                problems.Add($"rebuttal #{id} is weaker than #{t}, but the verdict says '{line ?? "nothing"}' (expected '{numbers}')");
            }
        }

        var labels = FloorLabels.Of(final);
        int Standing(Side side) => final.Floor.Count(a => a.Side == side && a.IsContestable && labels.Stands(a.Id));
        var standingLine = Adjudicator.StandingLine(Standing(Side.Alliance), Standing(Side.Partnership));
        if (verdict.Reason.Lines[1] != standingLine)
        {
            problems.Add($"the standing line reads '{verdict.Reason.Lines[1]}', expected '{standingLine}'");
        }

        var standingFailed = expectFailed.Where(labels.Stands).ToList();
        counts.AddOrUpdate("failed rebuttals still standing", standingFailed.Count, (_, n) => n + standingFailed.Count);
        var includes = verdict.Reason.Summary.FirstOrDefault(l => l.StartsWith("The count includes", StringComparison.Ordinal));
        if ((includes is null) != (standingFailed.Count == 0)
            || (includes is not null && standingFailed.Any(id => !includes.Contains($"#{id}", StringComparison.Ordinal))))
        {
            problems.Add($"standing failed rebuttals {string.Join(", ", standingFailed)}, but the summary says '{includes ?? "nothing"}'");
        }

        foreach (var status in verdict.Floor)
        {
            var a = final.Floor[status.Id - 1];
            var either = scenario.Card(a.Card).Side == CardSide.Either;
            var shared = final.Floor.Where(o => either && o.Card == a.Card && o.Side != a.Side && o.Target != a.Id && a.Target != o.Id).Select(o => o.Id).ToList();
            if (status.Either != either || !status.SharedWith.SequenceEqual(shared))
            {
                problems.Add($"#{a.Id} ({a.Card}): either {status.Either}, shared with [{string.Join(", ", status.SharedWith)}]; expected {either}, [{string.Join(", ", shared)}]");
            }

            if (either)
            {
                counts.AddOrUpdate("either-side arguments", 1, (_, n) => n + 1);
                counts.AddOrUpdate("shared concessions", shared.Count > 0 ? 1 : 0, (_, n) => n + (shared.Count > 0 ? 1 : 0));
                // Worked out here, not by the judge's own words: the side it serves, then the other side's copies if any.
                var voiced = $"#{a.Id} {scenario.Card(a.Card).Tag} (either side's card, argued for {a.Side}"
                    + (shared.Count > 0 ? $"; shared concession: {a.Side.Opponent()} argued it too as {string.Join(", ", shared.Select(id => $"#{id}"))})" : ")");
                foreach (var line in verdict.Reason.Lines.Where(l => Regex.IsMatch(l, $"^[A-Z][a-z ]+: #{a.Id} ")))
                {
                    if (!line.Contains(voiced, StringComparison.Ordinal))
                    {
                        problems.Add($"'{line}' does not say that #{a.Id} is an either-side card argued for {a.Side}{(shared.Count > 0 ? ", shared" : string.Empty)}");
                    }
                }
            }
        }

        counts.AddOrUpdate("verdicts", 1, (_, n) => n + 1);
        return problems;

        void Same(string what, IEnumerable<int> said, List<int> expected)
        {
            var list = said.ToList();
            counts.AddOrUpdate(what, expected.Count, (_, n) => n + expected.Count);
            if (!list.SequenceEqual(expected))
            {
                problems.Add($"{what}: the verdict names {string.Join(", ", list)}, the rules make {string.Join(", ", expected)}");
            }
        }
    }
}
