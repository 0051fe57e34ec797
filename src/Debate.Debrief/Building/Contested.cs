using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Audience;
using Debate.Debrief.Model;

namespace Debate.Debrief.Building;

/// <summary>The theme the sides fought over most: the most rebuttals aimed at arguments on it.</summary>
internal static class Contested
{
    public static DiscussionQuestion Of(MatchFacts facts)
    {
        var attacks = facts.Arguments.Where(a => a.Kind == CardKind.Rebuttal && a.Target is not null)
            .Select(a => facts.Argument(a.Target!.Value)).ToList();
        if (attacks.Count == 0)
        {
            return new DiscussionQuestion(
                QuestionKind.ContestedTheme,
                "Nobody rebutted anything: every argument on the floor went unanswered.",
                [],
                "Which opposing argument was most worth answering, and with what?");
        }

        var theme = facts.Scenario.Themes
            .Select((t, order) => (Theme: t, Order: order, Attacks: attacks.Count(a => a.Themes.Contains(t.Id))))
            .OrderByDescending(t => t.Attacks).ThenBy(t => t.Order).First();
        var on = facts.Arguments.Where(a => a.Kind != CardKind.Evidence && a.Themes.Contains(theme.Theme.Id)).ToList();
        var stand = (Side side) => on.Count(a => a.Side == side && a.Status == Label.Standing);
        var blocs = Enumerable.Range(0, facts.Scenario.Blocs.Length)
            .Select(b => (Bloc: facts.Scenario.Blocs[b], Weight: AudienceModel.Weight(facts.Match, b, theme.Theme.Id)))
            .Where(b => b.Weight > 0).OrderByDescending(b => b.Weight).ThenBy(b => b.Bloc.Id, StringComparer.Ordinal).Take(2)
            .Select(b => b.Bloc.Name).ToList();
        var weighs = blocs.Count == 0 ? "No bloc weighs it." : $"It weighs most with {string.Join(" and ", blocs)}.";
        return new DiscussionQuestion(
            QuestionKind.ContestedTheme,
            $"{theme.Theme.Name} was the most contested theme: {Plural.Of(theme.Attacks, "rebuttal")} against the {Plural.Of(on.Count, "argument")} on it; "
                + $"{stand(Side.Alliance)} Alliance and {stand(Side.Partnership)} Partnership {(stand(Side.Alliance) + stand(Side.Partnership) == 1 ? "argument" : "arguments")} on it stand. {weighs}",
            [],
            $"Why did both sides fight over {facts.Words.LowerFirst(theme.Theme.Name)}, and did the side that held it win the blocs that care about it?");
    }
}
