using System.Globalization;
using System.Text.RegularExpressions;
using Debate.Core.Adjudication;
using Debate.Core.Audience;
using Debate.Core.Content;
using Debate.Core.Play;
using Game = Debate.Core.Play.Match;
using Hit = System.Text.RegularExpressions.Match;

namespace Debate.Testing;

/// <summary>
/// Reads every outcome a sentence states in the rules' words ("defeats #5, 4 against 4", "too weak for
/// #5: 3 against 4", "reinstates #2", "#6 falls", "the room leans towards Alliance", "our standing
/// case gains 6.0", ...) and checks each against the floor before and after the move, worked out
/// here from FloorJudgement, Strengths and the audience model, not from the preview. Quoted card
/// tags are skipped, and so are hypotheticals ("would defeat"): only what the move is said to do counts.
/// </summary>
public static partial class StatedOutcomes
{
    /// <summary>One stated outcome: its kind, the words, and what is wrong with it (null when the floor shows it).</summary>
    public sealed record Finding(string Kind, string Words, string? Problem);

    /// <summary>Every outcome <paramref name="text"/> states about <paramref name="move"/>, each checked.</summary>
    public static List<Finding> Check(string text, Game before, Move move, ApplyResult applied)
    {
        var findings = new List<Finding>();
        var plain = Quoted().Replace(text, "\"\"");
        var after = applied.Match;
        var judgedBefore = FloorJudgement.Of(before);
        var judgedAfter = FloorJudgement.Of(after);
        var made = applied.Accepted && move.Kind != MoveKind.EndSpeech ? after.Floor[^1] : null;
        var newId = made?.Id ?? 0;

        void Add(string kind, Hit m, string? problem) => findings.Add(new Finding(kind, m.Value, problem));
        string? Need(bool ok, string problem) => ok ? null : problem;
        int N(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

        foreach (Hit m in Defeats().Matches(plain))
        {
            var (t, s, ts) = (N(m.Groups[1]), N(m.Groups[2]), N(m.Groups[3]));
            Add("defeats", m, made is null || made.Kind != CardKind.Rebuttal ? "no rebuttal was made"
                : Need(made.Target == t && judgedAfter[t - 1].Label == Label.Defeated && judgedAfter[t - 1].DefeatedBy.Contains(newId)
                    && judgedAfter[newId - 1].Strength == s && judgedAfter[t - 1].Strength == ts,
                    $"the floor shows #{newId} ({judgedAfter[newId - 1].Strength}) on #{made.Target} ({judgedAfter[(made.Target ?? 1) - 1].Strength}, {judgedAfter[(made.Target ?? 1) - 1].Label})"));
        }

        foreach (Hit m in TooWeak().Matches(plain))
        {
            var (t, s, ts) = (N(m.Groups[1]), N(m.Groups[2]), N(m.Groups[3]));
            Add("too weak", m, made is null || made.Kind != CardKind.Rebuttal ? "no rebuttal was made"
                : Need(made.Target == t && !judgedAfter[t - 1].DefeatedBy.Contains(newId) && judgedAfter[newId - 1].Strength < judgedAfter[t - 1].Strength
                    && judgedAfter[newId - 1].Strength == s && judgedAfter[t - 1].Strength == ts,
                    $"the floor shows #{newId} ({judgedAfter[newId - 1].Strength}) on #{made.Target} ({judgedAfter[(made.Target ?? 1) - 1].Strength})"));
        }

        foreach (Hit m in Backs().Matches(plain))
        {
            var (t, e, b, a) = (N(m.Groups[1]), N(m.Groups[2]), N(m.Groups[3]), N(m.Groups[4]));
            Add("backs", m, made is null || made.Kind != CardKind.Evidence ? "no evidence was played"
                : Need(made.Target == t && judgedAfter[newId - 1].Strength == e && judgedBefore[t - 1].Strength == b && judgedAfter[t - 1].Strength == a,
                    $"the floor shows #{made.Target} from {judgedBefore[(made.Target ?? 1) - 1].Strength} to {judgedAfter[(made.Target ?? 1) - 1].Strength}"));
        }

        foreach (Hit m in Puts().Matches(plain))
        {
            var (id, s) = (N(m.Groups[1]), N(m.Groups[2]));
            Add("strength", m, made is null ? "no argument was made" : Need(id == newId && judgedAfter[newId - 1].Strength == s, $"the floor shows #{newId} at {judgedAfter[newId - 1].Strength}"));
        }

        foreach (Hit m in Reinstates().Matches(plain))
        {
            foreach (var id in Ids(m.Groups[1].Value))
            {
                Add("reinstated", m, Need(id < after.Floor.Length + 1 && id <= before.Floor.Length && judgedBefore[id - 1].Label != Label.Standing && judgedAfter[id - 1].Label == Label.Standing,
                    $"#{id} is not reinstated"));
            }
        }

        foreach (Hit m in Falls().Matches(plain))
        {
            foreach (var id in Ids(m.Groups[1].Value))
            {
                Add("falls", m, Need(id <= before.Floor.Length && judgedBefore[id - 1].Label == Label.Standing && judgedAfter[id - 1].Label == Label.Defeated,
                    $"#{id} does not fall"));
            }
        }

        foreach (Hit m in AlreadyDefeated().Matches(plain))
        {
            var target = made?.Target ?? 0;
            foreach (var id in Ids(m.Groups[1].Value))
            {
                Add("already defeated", m, Need(target > 0 && judgedBefore[target - 1].Label == Label.Defeated && judgedBefore[target - 1].DefeatedBy.Contains(id),
                    $"#{target} was not defeated by #{id}"));
            }
        }

        foreach (Hit m in DirectAnswer().Matches(plain))
        {
            Add("direct answer", m, Need(made is not null && Targeting.IsDirectAnswer(after, made), "not a direct answer"));
        }

        var leanText = applied.Happenings.FirstOrDefault(h => h.Kind == HappeningKind.AudienceLeaned)?.Text ?? string.Empty;
        foreach (Hit m in Leans().Matches(plain))
        {
            Add("room leans", m, Need(move.Kind == MoveKind.EndSpeech && leanText.Contains($"leans towards {m.Groups[1].Value}", StringComparison.Ordinal), $"the log says: {leanText}"));
        }

        foreach (Hit m in HoldsStill().Matches(plain))
        {
            Add("room holds still", m, Need(move.Kind == MoveKind.EndSpeech && leanText.Contains("holds still", StringComparison.Ordinal), $"the log says: {leanText}"));
        }

        foreach (Hit m in Waits().Matches(plain))
        {
            Add("room waits", m, Need(move.Kind == MoveKind.EndSpeech && !before.CurrentSpeech!.AudienceLeans && after.Audience.SequenceEqual(before.Audience), $"the log says: {leanText}"));
        }

        foreach (Hit m in Closes().Matches(plain))
        {
            Add("debate closes", m, Need(after.IsOver && !before.IsOver, "the debate goes on"));
        }

        foreach (Hit m in CaseChange().Matches(plain))
        {
            var side = before.Seats[move.Seat].Side;
            var change = Balance(after, side) - Balance(before, side);
            var stated = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) * (m.Groups[1].Value == "loses" ? -1 : 1);
            Add("standing case", m, Need(Math.Abs(change - stated) <= 0.05 + 1e-9, string.Create(CultureInfo.InvariantCulture, $"the room's balance changes by {change:0.00}")));
        }

        foreach (Hit m in BlocWeight().Matches(plain))
        {
            Add("bloc weight", m, move.Kind == MoveKind.EndSpeech ? "it describes the floor after a card is played" : Weighs(after, m));
        }

        // Ending a speech: the room leans on the floor as the speech ends, before any news of the next round.
        foreach (Hit m in BlocWeightAsTheRoomLeans().Matches(plain))
        {
            Add("bloc weight as the room leans", m, move.Kind != MoveKind.EndSpeech || !before.CurrentSpeech!.AudienceLeans ? "the room does not lean now" : Weighs(before, m));
        }

        string? Weighs(Game floor, Hit m)
        {
            var side = before.Seats[move.Seat].Side;
            var bloc = Array.FindIndex(floor.Scenario.Blocs.ToArray(), b => b.Name == m.Groups[1].Value);
            var (alliance, partnership) = bloc < 0 ? (double.NaN, double.NaN) : AudienceModel.Pressure(floor, FloorLabels.Of(floor), bloc);
            var (ours, theirs) = side == Side.Alliance ? (alliance, partnership) : (partnership, alliance);
            var (statedOurs, statedTheirs) = (double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
            return Need(Math.Abs(ours - statedOurs) <= 0.05 + 1e-9 && Math.Abs(theirs - statedTheirs) <= 0.05 + 1e-9,
                string.Create(CultureInfo.InvariantCulture, $"the floor weighs {ours:0.00} against {theirs:0.00}"));
        }

        return findings;
    }

    /// <summary>The room's standing weight for <paramref name="side"/> minus the other's, averaged over blocs by share.</summary>
    public static double Balance(Game match, Side side)
    {
        var labels = FloorLabels.Of(match);
        double total = 0, shares = 0;
        for (var b = 0; b < match.Scenario.Blocs.Length; b++)
        {
            var (alliance, partnership) = AudienceModel.Pressure(match, labels, b);
            total += match.Scenario.Blocs[b].Share * (side == Side.Alliance ? alliance - partnership : partnership - alliance);
            shares += match.Scenario.Blocs[b].Share;
        }

        return shares <= 0 ? 0 : total / shares;
    }

    private static IEnumerable<int> Ids(string list) =>
        IdPattern().Matches(list).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(?<!would )\bdefeats #(\d+), (\d+) against (\d+)")]
    private static partial Regex Defeats();

    [GeneratedRegex(@"(?<!would be )\btoo weak for #(\d+): (\d+) against (\d+)")]
    private static partial Regex TooWeak();

    [GeneratedRegex(@"\bbacks #(\d+) with (\d+)(?: \([^)]*\))?: (\d+) to (\d+)")]
    private static partial Regex Backs();

    [GeneratedRegex(@"\bputs #(\d+) on the floor at strength (\d+)")]
    private static partial Regex Puts();

    [GeneratedRegex(@"\breinstates (#\d+(?:(?:, | and )#\d+)*)")]
    private static partial Regex Reinstates();

    [GeneratedRegex(@"(#\d+(?:(?:, | and )#\d+)*) falls?\b")]
    private static partial Regex Falls();

    [GeneratedRegex(@"\balready defeated by (#\d+(?:(?:, | and )#\d+)*)")]
    private static partial Regex AlreadyDefeated();

    [GeneratedRegex(@"\bdirect answer \+1")]
    private static partial Regex DirectAnswer();

    [GeneratedRegex(@"\bthe room leans towards (Alliance|Partnership)")]
    private static partial Regex Leans();

    [GeneratedRegex(@"\bthe room holds still")]
    private static partial Regex HoldsStill();

    [GeneratedRegex(@"\bthe room waits to hear the other side")]
    private static partial Regex Waits();

    [GeneratedRegex(@"\bthe debate closes")]
    private static partial Regex Closes();

    [GeneratedRegex(@"\bour standing case (gains|loses) (\d+\.\d)")]
    private static partial Regex CaseChange();

    [GeneratedRegex(@"\bour standing weight with ([^:]+): (\d+\.\d) against (\d+\.\d)")]
    private static partial Regex BlocWeight();

    [GeneratedRegex(@"\bas the room leans, our standing weight with (.+?) is (\d+\.\d) against (\d+\.\d)", RegexOptions.IgnoreCase)]
    private static partial Regex BlocWeightAsTheRoomLeans();

    [GeneratedRegex(@"#(\d+)")]
    private static partial Regex IdPattern();
}
