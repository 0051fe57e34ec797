using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Core.Adjudication;

/// <summary>
/// The fast path of adjudication: strengths and grounded labels of the floor, no explanations.
/// Used after every speech and by opponents that search.
/// </summary>
public sealed record FloorLabels(int[] Strengths, Label[] Labels, Defeat[] Attacks)
{
    /// <summary>Labels the match's floor. Evidence is always standing: it supports, it is not attacked.</summary>
    public static FloorLabels Of(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var floor = match.FloorEntries;
        var strengths = new int[floor.Length];
        FloorMath.Strengths(match, strengths);
        var labels = new Label[floor.Length];
        FloorMath.Labels(floor, strengths, labels);
        var count = 0;
        foreach (var a in floor)
        {
            count += a.Kind == CardKind.Rebuttal && a.Target != 0 ? 1 : 0;
        }

        var attacks = new Defeat[count];
        count = 0;
        for (var i = 0; i < floor.Length; i++)
        {
            var t = floor[i].Target;
            if (floor[i].Kind == CardKind.Rebuttal && t != 0)
            {
                attacks[count++] = new Defeat(i, t - 1, strengths[i] >= strengths[t - 1]);
            }
        }

        return new FloorLabels(strengths, labels, attacks);
    }

    /// <summary>Whether argument <paramref name="id"/> (from 1) stands.</summary>
    public bool Stands(int id) => Labels[id - 1] == Label.Standing;
}
