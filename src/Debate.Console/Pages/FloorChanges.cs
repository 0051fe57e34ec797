using Debate.Core.Adjudication;
using Debate.Core.Play;

namespace Debate.Console.Pages;

/// <summary>
/// What a move changed among the arguments already on the floor, read off the two judged floors:
/// an argument that now stands or falls, or whose strength moved (an event, evidence). Facts after
/// the move, never a forecast.
/// </summary>
internal static class FloorChanges
{
    public static IReadOnlyList<string> Between(Match before, Match after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var was = FloorJudgement.Of(before);
        var now = FloorJudgement.Of(after);
        var lines = new List<string>();
        for (var i = 0; i < was.Length && i < now.Length; i++)
        {
            var (w, n) = (was[i], now[i]);
            var parts = new List<string>();
            if (n.Label != w.Label)
            {
                parts.Add($"now {FloorThreads.StatusWord(n)} (was {FloorThreads.StatusWord(w)})");
            }

            if (n.Strength != w.Strength)
            {
                parts.Add($"strength {w.Strength} -> {n.Strength}");
            }

            if (parts.Count > 0)
            {
                lines.Add($"#{n.Id} ({n.Side}, {n.Card}) {string.Join(", ", parts)}.");
            }
        }

        return lines;
    }
}
