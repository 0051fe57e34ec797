using System.Collections.Immutable;
using System.Globalization;
using Debate.Core.Content;
using Debate.Core.Phases;
using Debate.Core.Play;

namespace Debate.Core.Adjudication;

/// <summary>
/// Every argument on the floor with its status and the chain of attackers and defenders behind it:
/// the explainable face of the grounded extension.
/// </summary>
public static class FloorJudgement
{
    /// <summary>Judges the floor as it is now.</summary>
    public static ImmutableArray<ArgumentStatus> Of(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var labels = FloorLabels.Of(match);
        var table = PhaseTable.For(match.Scenario);
        var statuses = ImmutableArray.CreateBuilder<ArgumentStatus>(match.Floor.Length);
        foreach (var a in match.Floor)
        {
            var i = a.Id - 1;
            var against = labels.Attacks.Where(d => d.Target == i).ToList();
            var attackers = against.Select(d => d.Attacker + 1).ToImmutableArray();
            var defeatedBy = against.Where(d => d.Succeeds && labels.Labels[d.Attacker] == Label.Standing)
                .Select(d => d.Attacker + 1).ToImmutableArray();
            var reply = ReplyOf(match, table, a, against.Count > 0);
            var tooWeak = a.Kind == CardKind.Rebuttal && Array.Exists(labels.Attacks, d => d.Attacker == i && !d.Succeeds);
            var card = match.Scenario.Card(a.Card);
            var either = card.Side == CardSide.Either;
            var shared = EitherSide.SharedWith(match, a);
            var explanation = Explain(a, labels, against, reply, tooWeak) + Concession(a, shared);
            statuses.Add(new ArgumentStatus(
                a.Id, a.Card, card.Tag, a.Side, a.Seat, a.Kind, card.Themes, labels.Strengths[i], labels.Labels[i], reply, tooWeak,
                either, shared, attackers, defeatedBy, explanation));
        }

        return statuses.MoveToImmutable();
    }

    /// <summary>
    /// Whether the other side answered <paramref name="a"/>, and if not whether it has let a chance go by: a
    /// later speech of the other side in which rebuttals are allowed, already given (dropped), still to come
    /// (not yet), or none at all (the last word, normally an argument of the debate's last speech).
    /// </summary>
    private static Reply ReplyOf(Match match, PhaseTable table, Argument a, bool answered)
    {
        if (!a.IsContestable)
        {
            return Reply.NotAttackable;
        }

        if (answered)
        {
            return Reply.Answered;
        }

        var other = a.Side.Opponent();
        var speeches = match.Scenario.Speeches;
        var toCome = false;
        for (var s = a.Speech + 1; s < speeches.Length; s++)
        {
            if (speeches[s].Speech.Side != other || !table.Allows(s, CardKind.Rebuttal))
            {
                continue;
            }

            if (s < match.SpeechIndex)
            {
                return Reply.Dropped;
            }

            toCome = true;
        }

        return toCome ? Reply.NotYet : Reply.LastWord;
    }

    // Where one Either card stands on both sides, the floor says so on each of them.
    private static string Concession(Argument a, ImmutableArray<int> shared) => shared.IsEmpty ? string.Empty
        : $" A shared concession: {a.Side.Opponent()} argued the same card as {string.Join(", ", shared.Select(id => $"#{id}"))}; each side's copy weighs for its own side.";

    private static string Explain(Argument a, FloorLabels labels, List<Defeat> against, Reply reply, bool tooWeak)
    {
        var i = a.Id - 1;
        var mine = labels.Strengths[i];
        if (a.Kind == CardKind.Evidence)
        {
            return $"Supports #{a.Target}, adding {labels.Strengths[i]} to its strength.";
        }

        // A rebuttal's own attack is said after its status: it can fail and still stand as an argument.
        var fails = tooWeak && a.Target is int t
            ? string.Create(CultureInfo.InvariantCulture, $" As a rebuttal it fails: too weak for #{t}, {mine} against {labels.Strengths[t - 1]}.")
            : string.Empty;
        var other = a.Side.Opponent();
        if (against.Count == 0)
        {
            return reply switch
            {
                Reply.Dropped => $"Stands: never answered by {other}, which had a speech to answer it (dropped).",
                Reply.LastWord => $"Stands: unanswered, but made after {other}'s last chance to answer, so not dropped.",
                _ => $"Stands: not answered yet; {other} can still answer it.",
            } + fails;
        }

        string Name(int node) => $"#{node + 1} ({labels.Strengths[node].ToString(CultureInfo.InvariantCulture)})";
        switch (labels.Labels[i])
        {
            case Label.Defeated:
                var winner = against.First(d => d.Succeeds && labels.Labels[d.Attacker] == Label.Standing);
                return $"Defeated by {Name(winner.Attacker)}, at least as strong as its {mine}, which stands." + fails;
            case Label.Standing:
                var parts = against.Select(d => d.Succeeds
                    ? $"{Name(d.Attacker)} was itself defeated"
                    : $"{Name(d.Attacker)} is too weak to defeat its {mine}");
                return "Stands: " + string.Join("; ", parts) + "." + fails;
            default:
                var cycle = against.Where(d => d.Succeeds && labels.Labels[d.Attacker] == Label.Undecided).Select(d => Name(d.Attacker));
                return $"Undecided: caught in a cycle of attacks with {string.Join(", ", cycle)}; a sceptical judge lets neither stand." + fails;
        }
    }
}
