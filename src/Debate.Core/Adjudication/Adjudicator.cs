using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Debate.Core.Audience;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Core.Adjudication;

/// <summary>
/// The verdict: the closing vote against the opening vote, the flow judged by the grounded
/// extension, the reason for decision, and the secret objectives scored.
/// </summary>
public static class Adjudicator
{
    /// <summary>Swings closer than this are a dead heat.</summary>
    public const double Tie = 1e-9;

    /// <summary>Judges the match as it stands (normally at the verdict, but any moment can be judged).</summary>
    public static Verdict Judge(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var floor = FloorJudgement.Of(match);
        var blocs = Swings.Of(match);
        var (alliance, partnership) = Swings.Total(blocs);
        var allianceStanding = Standing(floor, Side.Alliance);
        var partnershipStanding = Standing(floor, Side.Partnership);
        Side? winner = Math.Abs(alliance - partnership) < Tie ? null : alliance > partnership ? Side.Alliance : Side.Partnership;
        Side? byStanding = allianceStanding == partnershipStanding ? null
            : allianceStanding > partnershipStanding ? Side.Alliance : Side.Partnership;
        var reason = Reason(match, floor, winner, byStanding, alliance, partnership, allianceStanding, partnershipStanding);
        var verdict = new Verdict(winner, byStanding, alliance, partnership, blocs, allianceStanding, partnershipStanding, floor, reason, []);
        return verdict with { Objectives = ObjectiveScorer.Score(match, verdict) };
    }

    /// <summary>The winner by swing alone, without the reason for decision: the fast path for simulations.</summary>
    // Optimised at its first call, not tiered: see Debate.Core.Play.SpeechEnd.Apply.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Side? WinnerBySwing(Match match)
    {
        var (alliance, partnership) = Swings.TotalOf(match);
        return Math.Abs(alliance - partnership) < Tie ? null : alliance > partnership ? Side.Alliance : Side.Partnership;
    }

    private static int Standing(ImmutableArray<ArgumentStatus> floor, Side side) =>
        floor.Count(a => a.Side == side && a.Kind != CardKind.Evidence && a.Label == Label.Standing);

    private static ReasonForDecision Reason(
        Match match, ImmutableArray<ArgumentStatus> floor, Side? winner, Side? byStanding,
        double alliance, double partnership, int allianceStanding, int partnershipStanding)
    {
        var contestable = floor.Where(a => a.Kind != CardKind.Evidence).ToList();
        var decisive = contestable.Where(a => a.Label == Label.Standing && (winner is null || a.Side == winner))
            .OrderByDescending(a => RoomWeight(match, a)).ThenBy(a => a.Id).Take(3).ToImmutableArray();
        var refuted = contestable.Where(a => a.Label == Label.Defeated)
            .Select(a => new Refutation(a, floor[a.DefeatedBy[0] - 1])).ToImmutableArray();
        var failed = contestable.Where(a => a.TooWeak).ToImmutableArray();
        var dropped = contestable.Where(a => a.Reply == Reply.Dropped).ToImmutableArray();
        var lastWord = contestable.Where(a => a.Reply == Reply.LastWord).ToImmutableArray();
        var lines = ImmutableArray.CreateBuilder<string>();
        var pct = (double x) => (x * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%";
        lines.Add(winner is null
            ? $"A dead heat: both sides moved the room by the same normalised swing ({pct(alliance)})."
            : $"{winner} wins: it moved the room {pct(winner == Side.Alliance ? alliance : partnership)} against {pct(winner == Side.Alliance ? partnership : alliance)}.");
        lines.Add(StandingLine(allianceStanding, partnershipStanding));
        if (failed.Where(a => a.Label == Label.Standing).ToList() is { Count: > 0 } standingFailed)
        {
            lines.Add(FailedStandingLine(standingFailed));
        }

        if (winner != byStanding)
        {
            lines.Add(byStanding is null
                ? "The flow is level on standing arguments; the room decided."
                : $"The flow favours {byStanding} on standing arguments, yet the room moved towards {winner?.ToString() ?? "neither side"}: what stood mattered more to the blocs than how much stood.");
        }

        lines.AddRange(decisive.Select(a => $"Decisive: #{a.Id} {a.TagInVoice} ({a.Side}, strength {a.Strength}). {a.Explanation}"));
        lines.AddRange(refuted.Select(r => $"Refuted: #{r.Refuted.Id} {r.Refuted.TagInVoice} ({r.Refuted.Side}), by #{r.By.Id} {r.By.TagInVoice}."));
        lines.AddRange(failed.Select(a => FailedLine(match, floor, a)));
        lines.AddRange(dropped.Select(a => $"Dropped: #{a.Id} {a.TagInVoice} ({a.Side}) was never answered, though {a.Side.Opponent()} had a speech to answer it."));
        lines.AddRange(lastWord.Select(a => $"Last word: #{a.Id} {a.TagInVoice} ({a.Side}) came after {a.Side.Opponent()}'s last chance to answer; it is not dropped."));
        return new ReasonForDecision(decisive, refuted, failed, dropped, lastWord, lines.ToImmutable());
    }

    /// <summary>The standing count, saying what it counts: claims and rebuttals that stand, whatever their attacks did.</summary>
    public static string StandingLine(int alliance, int partnership) =>
        $"Standing arguments (claims and rebuttals that stand; evidence counts only in their strength): Alliance {alliance}, Partnership {partnership}.";

    // A rebuttal too weak to defeat its target still stands as an argument of its side if nothing defeats it.
    private static string FailedStandingLine(List<ArgumentStatus> standingFailed)
    {
        var bySide = standingFailed.GroupBy(a => a.Side).OrderBy(g => g.Key)
            .Select(g => $"{g.Key} {string.Join(", ", g.Select(a => $"#{a.Id}"))}");
        return $"The count includes rebuttals that failed to defeat their targets yet stand as arguments: {string.Join("; ", bySide)}.";
    }

    private static string FailedLine(Match match, ImmutableArray<ArgumentStatus> floor, ArgumentStatus a)
    {
        var target = floor[match.Floor[a.Id - 1].Target!.Value - 1];
        var still = target.Label switch
        {
            Label.Standing => "it stands",
            Label.Defeated => $"it fell to #{target.DefeatedBy[0]}",
            _ => "it is undecided",
        };
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Failed: #{a.Id} {a.TagInVoice} ({a.Side}) was too weak to defeat #{target.Id}, {a.Strength} against {target.Strength}; {still}.");
    }

    private static double RoomWeight(Match match, ArgumentStatus status)
    {
        var argument = match.Floor[status.Id - 1];
        double total = 0;
        for (var b = 0; b < match.Scenario.Blocs.Length; b++)
        {
            total += match.Scenario.Blocs[b].Share * AudienceModel.Weigh(match, b, argument, status.Strength);
        }

        return total;
    }
}
