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
        var strengths = Play.Strengths.Of(match);
        var floor = match.Floor;
        var attacks = new List<Defeat>();
        foreach (var a in floor)
        {
            if (a.Kind == CardKind.Rebuttal && a.Target is int t)
            {
                attacks.Add(new Defeat(a.Id - 1, t - 1, strengths[a.Id - 1] >= strengths[t - 1]));
            }
        }

        var array = attacks.ToArray();
        return new FloorLabels(strengths, GroundedExtension.Compute(floor.Length, array), array);
    }

    /// <summary>Whether argument <paramref name="id"/> (from 1) stands.</summary>
    public bool Stands(int id) => Labels[id - 1] == Label.Standing;
}
