using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Core.Adjudication;

/// <summary>Scores each seat's secret objective against the verdict and the judged floor.</summary>
public static class ObjectiveScorer
{
    /// <summary>One result per seat that holds a role.</summary>
    public static ImmutableArray<ObjectiveResult> Score(Match match, Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(verdict);
        var results = ImmutableArray.CreateBuilder<ObjectiveResult>();
        foreach (var seat in match.Seats)
        {
            if (match.RoleOf(seat.Index) is not { } role)
            {
                continue;
            }

            var (met, detail) = Check(role, seat, verdict);
            results.Add(new ObjectiveResult(seat.Index, seat.Name, role, met, detail));
        }

        return results.ToImmutable();
    }

    private static (bool Met, string Detail) Check(Role role, Seat seat, Verdict verdict)
    {
        var o = role.Objective;
        var standing = verdict.Floor.Where(a => a.Label == Adjudication.Label.Standing && a.Kind != CardKind.Evidence).ToList();
        switch (o.Kind)
        {
            case ObjectiveKind.SideWins:
                return (verdict.Winner == role.Side, $"Winner: {verdict.Winner?.ToString() ?? "none (dead heat)"}.");
            case ObjectiveKind.StandingOnTheme:
                var own = standing.Count(a => a.Side == role.Side && HasTheme(a, o.Theme));
                return (own >= o.Count, $"{own} standing {role.Side} argument(s) on {o.Theme}; needed {o.Count}.");
            case ObjectiveKind.NoOpposingOnTheme:
                var theirs = standing.Count(a => a.Side != role.Side && HasTheme(a, o.Theme));
                return (theirs == 0, $"{theirs} standing opposing argument(s) on {o.Theme}.");
            default:
                var landed = standing.Count(a => a.Seat == seat.Index && a.Kind == CardKind.Rebuttal
                    && verdict.Floor.Any(t => t.DefeatedBy.Contains(a.Id)));
                return (landed >= o.Count, $"{landed} of your rebuttals landed; needed {o.Count}.");
        }
    }

    private static bool HasTheme(ArgumentStatus status, string? theme) => theme is not null && status.Themes.Contains(theme);
}
