using System.Globalization;
using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Console.Play;

namespace Debate.Console.Pages;

/// <summary>
/// The verdict as a page: the winner, each bloc's swing, the reason for decision (what stands and
/// why, what was refuted and by what, what was dropped) and the secret objectives revealed.
/// </summary>
internal static class VerdictPage
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static Page Build(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var verdict = Adjudicator.Judge(match);
        var lines = new List<Line>();
        var tone = verdict.Winner is Side s ? Line.SideTone(s) : Tone.Warn;
        lines.Add(Line.Of(Headline(verdict), tone));
        lines.Add(Line.Of(Adjudicator.StandingLine(verdict.AllianceStanding, verdict.PartnershipStanding)));
        if (verdict.VerdictsDiffer)
        {
            lines.Add(Line.Of(verdict.WinnerByStanding is null
                ? "On the flow the sides are level: the room decided."
                : $"On the flow {verdict.WinnerByStanding} has more standing arguments, but the room moved the other way: what stood mattered more to the blocs than how much stood.", Tone.Warn));
        }

        lines.Add(Line.Blank);
        lines.Add(Line.Of("THE ROOM, BLOC BY BLOC", Tone.Heading));
        foreach (var b in verdict.Blocs)
        {
            lines.Add(Line.Blank.Add($"{b.Name}", Tone.Strong).Add($" ({b.Share}%): ", Tone.Dim)
                .Add($"for {N(b.Opening.For)} -> {N(b.Closing.For)}, against {N(b.Opening.Against)} -> {N(b.Closing.Against)}; swing ")
                .Add($"A {Pct(b.AllianceSwing)}", Tone.Alliance).Add(", ").Add($"P {Pct(b.PartnershipSwing)}", Tone.Partnership));
        }

        lines.Add(Line.Blank.Add("Whole room: ", Tone.Strong).Add($"Alliance {Pct(verdict.AllianceSwing)}", Tone.Alliance).Add(", ").Add($"Partnership {Pct(verdict.PartnershipSwing)}", Tone.Partnership));
        lines.Add(Line.Blank);
        lines.Add(Line.Of("REASON FOR DECISION", Tone.Heading));
        lines.Add(Line.Of("Decisive arguments, and why they stand:", Tone.Strong));
        lines.AddRange(verdict.Reason.Decisive.IsDefaultOrEmpty ? [Line.Of("None: nothing of the winner's stood.", Tone.Dim, 2)]
            : verdict.Reason.Decisive.SelectMany(a => Arg(a, a.Explanation, Tone.Good)));
        lines.Add(Line.Of("Refuted, and by what:", Tone.Strong));
        lines.AddRange(verdict.Reason.Refuted.IsDefaultOrEmpty ? [Line.Of("Nothing was refuted.", Tone.Dim, 2)]
            : verdict.Reason.Refuted.SelectMany(r => Arg(r.Refuted, $"defeated by #{r.By.Id} ({r.By.Side}, strength {r.By.Strength}): {r.By.TagInVoice}", Tone.Bad)));
        lines.Add(Line.Of("Failed rebuttals (too weak to defeat their targets):", Tone.Strong));
        lines.AddRange(verdict.Reason.Failed.IsDefaultOrEmpty ? [Line.Of("None: every rebuttal was at least as strong as its target.", Tone.Dim, 2)]
            : verdict.Reason.Failed.SelectMany(a => Arg(a, FailedWhy(match, verdict, a), Tone.Warn)));
        lines.Add(Line.Of("Dropped (never answered, though the other side had a speech to answer):", Tone.Strong));
        lines.AddRange(verdict.Reason.Dropped.IsDefaultOrEmpty ? [Line.Of("Nothing was dropped.", Tone.Dim, 2)]
            : verdict.Reason.Dropped.SelectMany(a => Arg(a, $"{a.Side.Opponent()} let it stand unanswered.", Tone.Warn)));
        if (!verdict.Reason.LastWord.IsDefaultOrEmpty)
        {
            lines.Add(Line.Of("Last word (after the other side's last chance to answer; not dropped):", Tone.Strong));
            lines.AddRange(verdict.Reason.LastWord.SelectMany(a => Arg(a, $"{a.Side.Opponent()} had no speech left in which to answer it.", Tone.Plain)));
        }
        lines.Add(Line.Blank);
        lines.Add(Line.Of("SECRET OBJECTIVES, REVEALED", Tone.Heading));
        if (verdict.Objectives.IsDefaultOrEmpty)
        {
            lines.Add(Line.Of("Nobody played with a role sheet.", Tone.Dim, 2));
        }

        foreach (var o in verdict.Objectives)
        {
            var side = match.Seats[o.Seat].Side;
            lines.Add(Line.Blank.Add(o.SeatName, Line.SideTone(side)).Add($", {o.Role.Title}: ", Tone.Strong).Add(o.Met ? "MET" : "NOT MET", o.Met ? Tone.Good : Tone.Bad));
            lines.Add(Line.Of($"\"{o.Role.Objective.Text}\"  {o.Detail}", Tone.Plain, 2));
        }

        return new Page("VERDICT", lines, HelpTopic.Verdict);
    }

    /// <summary>The one line a script or a test reads: who won and by how much.</summary>
    public static string Headline(Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return verdict.Winner is Side w
            ? $"{w.ToString().ToUpperInvariant()} WINS: swing Alliance {Pct(verdict.AllianceSwing)}, Partnership {Pct(verdict.PartnershipSwing)}."
            : $"A DEAD HEAT: swing Alliance {Pct(verdict.AllianceSwing)}, Partnership {Pct(verdict.PartnershipSwing)}.";
    }

    private static IEnumerable<Line> Arg(ArgumentStatus a, string why, Tone tone)
    {
        yield return Line.Blank.Add($"#{a.Id} ", tone).Add($"{a.Side}, strength {a.Strength}: ", Line.SideTone(a.Side)).Add(a.TagInVoice).Indented(2);
        yield return Line.Of(why, Tone.Dim, 6);
    }

    private static string FailedWhy(Match match, Verdict verdict, ArgumentStatus a)
    {
        var target = verdict.Floor[match.Floor[a.Id - 1].Target!.Value - 1];
        var itself = a.Label == Label.Standing ? "; it still stands as an argument and counts as standing" : string.Empty;
        return string.Create(Inv, $"too weak for #{target.Id}: {a.Strength} against {target.Strength}{itself}.");
    }

    private static string Pct(double x) => (x * 100).ToString("+0.0;-0.0;0.0", Inv) + "%";

    private static string N(double x) => x.ToString("0.#", Inv);
}
