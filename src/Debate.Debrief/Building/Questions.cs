using System.Collections.Immutable;
using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Debrief.Model;

namespace Debate.Debrief.Building;

/// <summary>
/// Questions for the seminar drawn from this match: the argument that decided, the theme most
/// fought over, what the readings say that nobody used, and, when they arise, the split between
/// room and flow and the most important argument left unanswered.
/// </summary>
internal static class Questions
{
    public static ImmutableArray<DiscussionQuestion> Of(MatchFacts facts, ImmutableArray<DocumentCoverage> sources)
    {
        var questions = new List<DiscussionQuestion?>
        {
            Decisive(facts),
            Contested.Of(facts),
            Unused(sources),
            Split(facts),
            Dropped(facts),
        };
        return [.. questions.OfType<DiscussionQuestion>()];
    }

    private static DiscussionQuestion Decisive(MatchFacts facts)
    {
        var verdict = facts.Verdict;
        if (verdict.Reason.Decisive.IsEmpty)
        {
            return new DiscussionQuestion(
                QuestionKind.Decisive,
                facts.Arguments.IsEmpty ? "Nobody put an argument on the floor." : "No claim or rebuttal of the winning side was left standing.",
                [],
                "What would an argument have needed to survive the other side's answers here?");
        }

        var status = verdict.Reason.Decisive[0];
        var a = facts.Argument(status.Id);
        var context = $"#{a.Id} “{a.Tag}” ({a.Speaker}, {a.Side}, strength {a.Strength}, citing {a.Citation}) carried most weight with the room. {a.Explanation}";
        return new DiscussionQuestion(
            QuestionKind.Decisive,
            context,
            [],
            $"Why did this argument weigh so much with the audience, and what could {a.Side.Opponent()} have answered from the readings?");
    }

    private static DiscussionQuestion? Unused(ImmutableArray<DocumentCoverage> sources)
    {
        // One passage from each document in turn, so every reading gets a voice.
        var queues = sources.Select(d => new Queue<(string Document, UnusedParagraph Paragraph)>(
            d.Unused.OrderBy(p => p.Summary is null).Select(p => (d.Document, p)))).ToList();
        var picked = new List<string>();
        while (picked.Count < 3 && queues.Any(q => q.Count > 0))
        {
            foreach (var q in queues.Where(q => q.Count > 0))
            {
                if (picked.Count < 3)
                {
                    var (document, p) = q.Dequeue();
                    var what = p.Summary ?? $"cited by {string.Join(", ", p.Cards)}, which nobody played";
                    picked.Add($"{document} ¶{p.Paragraph}: {what}");
                }
            }
        }

        if (picked.Count == 0)
        {
            return null;
        }

        var total = sources.Sum(d => d.Unused.Length);
        return new DiscussionQuestion(
            QuestionKind.UnusedSource,
            $"{Plural.Of(total, "argument paragraph")} of the readings went unused" + (total > picked.Count ? ", among them:" : ":"),
            [.. picked],
            "What do these passages add to the debate, and which side could have used them, and how?");
    }

    private static DiscussionQuestion? Split(MatchFacts facts)
    {
        var v = facts.Verdict;
        if (!v.VerdictsDiffer)
        {
            return null;
        }

        var room = v.Winner?.ToString() ?? "neither side (a dead heat)";
        var flow = v.WinnerByStanding?.ToString() ?? "neither side";
        return new DiscussionQuestion(
            QuestionKind.VerdictsDiffer,
            $"The room moved towards {room}, but on the flow {flow} had more arguments standing ({v.AllianceStanding} Alliance, {v.PartnershipStanding} Partnership).",
            [],
            "Should a debate be won by the votes it moves or by the arguments left standing? What did the room value that the flow does not show?");
    }

    private static DiscussionQuestion? Dropped(MatchFacts facts)
    {
        // Not when nobody rebutted anything (the contested-theme question asks that), nor about the argument the first question is about.
        var decisive = facts.Verdict.Reason.Decisive.Select(a => a.Id).FirstOrDefault();
        var dropped = facts.Arguments.Where(a => a.Dropped && a.Id != decisive).OrderByDescending(a => a.Strength).ThenBy(a => a.Id).FirstOrDefault();
        if (dropped is null || !facts.Arguments.Any(a => a.Kind == CardKind.Rebuttal))
        {
            return null;
        }

        var count = facts.Arguments.Count(a => a.Dropped);
        return new DiscussionQuestion(
            QuestionKind.Dropped,
            $"{Plural.Of(count, "argument")} went unanswered though the other side had a speech to answer; the strongest was #{dropped.Id} “{dropped.Tag}” ({dropped.Speaker}, {dropped.Side}, strength {dropped.Strength}).",
            [],
            $"Was letting it pass a choice or an oversight by {dropped.Side.Opponent()}? What in the readings answers it?");
    }
}
