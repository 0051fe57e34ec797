using Debate.Core.Content;
using Debate.Core.Records;
using Debate.Debrief.Model;

namespace Debate.Debrief.Building;

/// <summary>Replays a record and gathers every section of its debrief.</summary>
internal static class DebriefBuilder
{
    public static (Debrief? Debrief, string? Error) Build(Scenario scenario, MatchRecord record, DebriefOptions options)
    {
        // Renaming before the replay puts the code names into everything the engine says (objectives, reasons) as well.
        var named = options.Anonymise ? CodeNames.Apply(record) : record;
        var replay = Replay.Run(scenario, named);
        if (!replay.Verified || replay.Match is null)
        {
            return (null, $"the record does not replay on scenario '{scenario.Id}': {replay.Reason}");
        }

        var facts = new MatchFacts(replay.Match, named, options);
        var sources = SourceCoverage.Of(facts);
        var players = PlayerReports.Of(facts);
        var debrief = new Debrief(
            Debrief.CurrentVersion,
            Summary(facts),
            Verdict(facts),
            facts.Arguments,
            FlowGrid.Of(facts),
            Transcript.Of(facts),
            sources,
            players,
            Questions.Of(facts, sources),
            Assessor.Assess(scenario, players));
        return (debrief, null);
    }

    private static MatchSummary Summary(MatchFacts facts)
    {
        var s = facts.Scenario;
        return new MatchSummary(
            s.Id, s.Title, s.Motion.Text, s.Motion.AllianceCase, s.Motion.PartnershipCase, s.ContentHash, facts.Record.Seed,
            facts.Record.Moves.Length, facts.Match.IsOver, facts.Options.Anonymise);
    }

    private static VerdictReport Verdict(MatchFacts facts)
    {
        var v = facts.Verdict;
        var blocs = v.Blocs.Select(b => new BlocVote(
            b.BlocId, b.Name, b.Share, Share(b.Opening), Share(b.Closing), Round(b.AllianceSwing, 4), Round(b.PartnershipSwing, 4)));
        return new VerdictReport(
            v.Winner, v.WinnerByStanding, v.VerdictsDiffer, Round(v.AllianceSwing, 4), Round(v.PartnershipSwing, 4),
            v.AllianceStanding, v.PartnershipStanding, [.. blocs], v.Reason.Lines,
            [.. v.Reason.Decisive.Select(a => a.Id)],
            [.. v.Reason.Refuted.Select(r => new RefutedBy(r.Refuted.Id, r.By.Id))],
            [.. v.Reason.Dropped.Select(a => a.Id)]);
    }

    private static VoteShare Share(Vote v) => new(Round(v.For, 2), Round(v.Against, 2), Round(v.Undecided, 2));

    // Adding 0.0 turns a rounded -0 into 0, so the JSON never says -0.
    private static double Round(double x, int digits) => Math.Round(x, digits, MidpointRounding.AwayFromZero) + 0.0;
}
