using System.Collections.Immutable;

namespace Debate.Core.Phases;

/// <summary>
/// The checks a phase table must pass when built: it starts at Setup, ends at Verdict, every state
/// can be reached from Setup and Verdict can be reached from every state (no match can get stuck).
/// </summary>
public static class PhaseTableCheck
{
    /// <summary>Every problem found; empty when the table is sound.</summary>
    public static IReadOnlyList<string> Problems(ImmutableArray<PhaseState> states, ImmutableArray<Transition> rows)
    {
        var problems = new List<string>();
        if (states.IsDefaultOrEmpty || states[0].Id != "setup" || states[^1].Id != "verdict")
        {
            problems.Add("The table must begin with Setup and end with Verdict.");
            return problems;
        }

        var reached = Reach(states[0], rows, forward: true);
        problems.AddRange(states.Where(s => !reached.Contains(s)).Select(s => $"State '{s.Title}' cannot be reached from Setup."));
        var toVerdict = Reach(states[^1], rows, forward: false);
        problems.AddRange(states.Where(s => !toVerdict.Contains(s)).Select(s => $"The verdict cannot be reached from '{s.Title}'."));
        if (states.Length == 2)
        {
            problems.Add("The phase script has no speeches, so no side ever speaks.");
        }

        return problems;
    }

    private static HashSet<PhaseState> Reach(PhaseState start, ImmutableArray<Transition> rows, bool forward)
    {
        var seen = new HashSet<PhaseState> { start };
        var queue = new Queue<PhaseState>([start]);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var row in rows)
            {
                var (from, to) = forward ? (row.From, row.To) : (row.To, row.From);
                if (from == state && seen.Add(to))
                {
                    queue.Enqueue(to);
                }
            }
        }

        return seen;
    }
}
