using System.Collections.Immutable;

namespace Debate.Core.Phases;

/// <summary>
/// The checks a compiled phase flow must pass: it begins at Setup and ends at Verdict, has a speech,
/// every transition leads to a state a match can be in, every state can be reached from Setup and
/// the verdict from every state (no match can get stuck).
/// </summary>
public static class PhaseTableCheck
{
    /// <summary>
    /// Every problem found; empty when the flow is sound. <paramref name="next"/> lists, for each of
    /// <paramref name="states"/>, the states (by index) its transitions lead to; -1 is a transition
    /// to a state no match can be in (a round superstate).
    /// </summary>
    public static IReadOnlyList<string> Problems(ImmutableArray<PhaseState> states, ImmutableArray<ImmutableArray<int>> next)
    {
        var problems = new List<string>();
        if (states.IsDefaultOrEmpty || states[0].Kind != PhaseStateKind.Setup || states[^1].Kind != PhaseStateKind.Verdict || next.Length != states.Length)
        {
            problems.Add("The table must begin with Setup and end with Verdict.");
            return problems;
        }

        for (var s = 0; s < states.Length; s++)
        {
            if (next[s].Contains(-1))
            {
                problems.Add($"A transition from '{states[s].Title}' leads to a round, not to a speech.");
            }
        }

        var reached = Reach(0, next, forward: true);
        problems.AddRange(states.Where((s, i) => !reached.Contains(i)).Select(s => $"State '{s.Title}' cannot be reached from Setup."));
        var toVerdict = Reach(states.Length - 1, next, forward: false);
        problems.AddRange(states.Where((s, i) => !toVerdict.Contains(i)).Select(s => $"The verdict cannot be reached from '{s.Title}'."));
        if (states.Length == 2)
        {
            problems.Add("The phase script has no speeches, so no side ever speaks.");
        }

        return problems;
    }

    private static HashSet<int> Reach(int start, ImmutableArray<ImmutableArray<int>> next, bool forward)
    {
        var seen = new HashSet<int> { start };
        var queue = new Queue<int>([start]);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            for (var from = 0; from < next.Length; from++)
            {
                foreach (var to in next[from])
                {
                    var (a, b) = forward ? (from, to) : (to, from);
                    if (a == state && b >= 0 && seen.Add(b))
                    {
                        queue.Enqueue(b);
                    }
                }
            }
        }

        return seen;
    }
}
