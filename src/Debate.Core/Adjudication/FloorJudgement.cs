using System.Collections.Immutable;
using System.Globalization;
using Debate.Core.Content;
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
        var statuses = ImmutableArray.CreateBuilder<ArgumentStatus>(match.Floor.Length);
        foreach (var a in match.Floor)
        {
            var i = a.Id - 1;
            var against = labels.Attacks.Where(d => d.Target == i).ToList();
            var attackers = against.Select(d => d.Attacker + 1).ToImmutableArray();
            var defeatedBy = against.Where(d => d.Succeeds && labels.Labels[d.Attacker] == Label.Standing)
                .Select(d => d.Attacker + 1).ToImmutableArray();
            var dropped = a.IsContestable && against.Count == 0;
            var card = match.Scenario.Card(a.Card);
            statuses.Add(new ArgumentStatus(
                a.Id, a.Card, card.Tag, a.Side, a.Seat, a.Kind, card.Themes, labels.Strengths[i], labels.Labels[i], dropped,
                attackers, defeatedBy, Explain(a, labels, against)));
        }

        return statuses.MoveToImmutable();
    }

    private static string Explain(Argument a, FloorLabels labels, List<Defeat> against)
    {
        var i = a.Id - 1;
        var mine = labels.Strengths[i];
        if (a.Kind == CardKind.Evidence)
        {
            return $"Supports #{a.Target}, adding {labels.Strengths[i]} to its strength.";
        }

        if (against.Count == 0)
        {
            return $"Stands: never answered by {a.Side.Opponent()} (dropped).";
        }

        string Name(int node) => $"#{node + 1} ({labels.Strengths[node].ToString(CultureInfo.InvariantCulture)})";
        switch (labels.Labels[i])
        {
            case Label.Defeated:
                var winner = against.First(d => d.Succeeds && labels.Labels[d.Attacker] == Label.Standing);
                return $"Defeated by {Name(winner.Attacker)}, at least as strong as its {mine}, which stands.";
            case Label.Standing:
                var parts = against.Select(d => d.Succeeds
                    ? $"{Name(d.Attacker)} was itself defeated"
                    : $"{Name(d.Attacker)} is too weak to defeat its {mine}");
                return "Stands: " + string.Join("; ", parts) + ".";
            default:
                var cycle = against.Where(d => d.Succeeds && labels.Labels[d.Attacker] == Label.Undecided).Select(d => Name(d.Attacker));
                return $"Undecided: caught in a cycle of attacks with {string.Join(", ", cycle)}; a sceptical judge lets neither stand.";
        }
    }
}
