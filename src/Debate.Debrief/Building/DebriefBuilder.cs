using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Core.Records;
using Debate.Debrief.Model;

namespace Debate.Debrief.Building;

/// <summary>Replays a record and gathers every section of its debrief.</summary>
internal static class DebriefBuilder
{
    public static (Debrief? Debrief, string? Error) Build(Scenario scenario, MatchRecord record, DebriefOptions options)
    {
        // The header is checked on the record as saved; renaming then reseals it (a deliberate change).
        if (RecordHeader.Problem(record) is { } tampered)
        {
            return (null, $"the record's header does not match its seats: {tampered}");
        }

        // Renaming before the replay puts the code names into everything the engine says (objectives, reasons) as well.
        var named = options.Anonymise ? Resealed(CodeNames.Apply(record), record) : record;
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

    private static MatchRecord Resealed(MatchRecord renamed, MatchRecord original) =>
        original.Header is null ? renamed : renamed.Sealed();

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
            b.BlocId, b.Name, b.Share, Share(b.Opening), Share(b.Closing), Round(b.AllianceSwing), Round(b.PartnershipSwing)));
        return new VerdictReport(
            v.Winner, v.WinnerByStanding, v.VerdictsDiffer, Round(v.AllianceSwing), Round(v.PartnershipSwing),
            v.AllianceStanding, v.PartnershipStanding, [.. blocs], v.Reason.Summary, v.Reason.Lines,
            [.. v.Reason.Decisive.Select(a => a.Id)],
            [.. v.Reason.Refuted.Select(r => new RefutedBy(r.Refuted.Id, r.By.Id))],
            [.. v.Reason.Failed.Select(a => a.Id)],
            [.. v.Reason.Dropped.Select(a => a.Id)],
            [.. v.Reason.LastWord.Select(a => a.Id)]);
    }

    private static VoteShare Share(Vote v) => new(Round(v.For), Round(v.Against), Round(v.Undecided));

    // Six decimals keep the JSON free of float noise (16.990000000000002) while the pages, which round
    // again for display, still agree with the judge's own lines. Adding 0.0 turns a rounded -0 into 0.
    private static double Round(double x) => Math.Round(x, 6, MidpointRounding.AwayFromZero) + 0.0;
}
