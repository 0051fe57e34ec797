using System.Collections.Immutable;
using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Debrief.Model;

namespace Debate.Debrief.Building;

/// <summary>Each player's match: their moves, how their arguments fared, their role revealed, and the rubric figures.</summary>
internal static class PlayerReports
{
    public static ImmutableArray<PlayerReport> Of(MatchFacts facts)
    {
        var moves = MoveLog.Of(facts);
        return [.. facts.Match.Seats.Select(seat => Of(facts, seat.Index, moves.Where(m => facts.Record.Moves[m.Number - 1].Seat == seat.Index)))];
    }

    private static PlayerReport Of(MatchFacts facts, int seat, IEnumerable<MoveLine> moves)
    {
        var match = facts.Match;
        var own = facts.Arguments.Where(a => a.Seat == seat).ToList();
        var contestable = own.Where(a => a.Kind != CardKind.Evidence).ToList();
        var standing = contestable.Where(a => a.Status == Label.Standing).Select(a => a.Id).ToImmutableArray();
        var refuted = contestable.Where(a => a.Status == Label.Defeated).Select(a => new RefutedBy(a.Id, a.DefeatedBy[0])).ToImmutableArray();
        var undecided = contestable.Where(a => a.Status == Label.Undecided).Select(a => a.Id).ToImmutableArray();
        var landed = own.Where(a => a.Kind == CardKind.Rebuttal && a.Status == Label.Standing && a.Target is int t
                && facts.Argument(t).DefeatedBy.Contains(a.Id))
            .Select(a => new LandedRebuttal(a.Id, a.Target!.Value)).ToImmutableArray();
        var evidence = own.Where(a => a.Kind == CardKind.Evidence).Select(a => a.Id).ToImmutableArray();
        var sources = own.Select(a => match.Scenario.Card(new CardId(a.Card)).Citation).Distinct().Count();
        var objective = facts.Verdict.Objectives.FirstOrDefault(o => o.Seat == seat);
        var role = objective is null ? null : new RoleReport(
            objective.Role.Id, objective.Role.Title, objective.Role.Brief, objective.Role.Objective.Text, objective.Met, objective.Detail);
        var figures = new PlayerFigures(
            standing.Length, landed.Length, evidence.Length, sources, Dropped(facts, seat), objective?.Met == true ? 1 : 0);
        var s = match.Seats[seat];
        return new PlayerReport(seat, s.Name, s.Side, s.Controller, role, [.. moves], standing, refuted, undecided, landed, evidence, figures);
    }

    // Opposing claims and rebuttals that nobody ever answered and that were on the floor during a speech of this
    // player's in which rebuttals were allowed: the ones this player could have answered and let go.
    private static int Dropped(MatchFacts facts, int seat)
    {
        var side = facts.Match.Seats[seat].Side;
        var spoke = Enumerable.Range(0, facts.SpeechesGiven)
            .Where(i => facts.Match.SpeakerBySpeech[i] == seat && facts.Scenario.Speeches[i].Speech.Allows(CardKind.Rebuttal)).ToList();
        return facts.Arguments.Count(a => a.Side != side && a.Dropped && spoke.Any(i => i > a.Speech));
    }
}
