using System.Collections.Immutable;
using Debate.Core.Adjudication;
using Debate.Core.Play;
using Debate.Debrief.Model;

namespace Debate.Debrief.Building;

/// <summary>Joins the floor, the cards and the judge's statuses into one report per argument.</summary>
internal static class ArgumentReports
{
    public static ImmutableArray<ArgumentReport> Of(Match match, Verdict verdict)
    {
        var reports = ImmutableArray.CreateBuilder<ArgumentReport>(match.Floor.Length);
        foreach (var a in match.Floor)
        {
            var status = verdict.Floor[a.Id - 1];
            var card = match.Scenario.Card(a.Card);
            var supporters = match.Floor.Where(s => s.Target == a.Id && s.Kind == Core.Content.CardKind.Evidence).Select(s => s.Id);
            reports.Add(new ArgumentReport(
                a.Id, a.Card.Value, a.Kind, a.Side, a.Seat, match.Seats[a.Seat].Name, a.Speech, a.Target, card.Tag, card.Themes,
                status.Strength, status.Label, status.Dropped, status.Reply == Reply.LastWord, status.TooWeak,
                status.Either, status.SharedWith, status.Attackers, [.. supporters], status.DefeatedBy,
                status.Explanation, card.Citation.ToString()));
        }

        return reports.MoveToImmutable();
    }
}
