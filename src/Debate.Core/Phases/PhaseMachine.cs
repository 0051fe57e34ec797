using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Core.Phases;

/// <summary>
/// The flow of a match as a declarative table built from the scenario's phase script: states,
/// triggers, guards with descriptions, targets, entry and exit actions. It answers what is permitted
/// now and why something is not, draws itself as Mermaid, and checks itself when built.
/// </summary>
public sealed class PhaseMachine
{
    private static readonly ConditionalWeakTable<Scenario, PhaseMachine> Cache = [];
    private readonly ImmutableArray<Transition> transitions;
    private readonly ILookup<PhaseState, Transition> byState;

    private PhaseMachine(ImmutableArray<PhaseState> states, ImmutableArray<Transition> transitions)
    {
        States = states;
        this.transitions = transitions;
        byState = transitions.ToLookup(t => t.From);
        var problems = PhaseTableCheck.Problems(states, transitions);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The phase table is broken: " + string.Join(" ", problems));
        }
    }

    /// <summary>Every state: Setup, the speeches in order, Verdict.</summary>
    public ImmutableArray<PhaseState> States { get; }

    /// <summary>Every row of the table.</summary>
    public IReadOnlyList<Transition> Transitions => transitions;

    /// <summary>The machine for a scenario, built once and shared.</summary>
    public static PhaseMachine For(Scenario scenario) => Cache.GetValue(scenario, Build);

    /// <summary>Builds the table from an arbitrary list of states and rows (for tests of the checks).</summary>
    public static PhaseMachine FromTable(ImmutableArray<PhaseState> states, ImmutableArray<Transition> transitions) => new(states, transitions);

    /// <summary>The state a match is in.</summary>
    public PhaseState StateOf(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return States[match.SpeechIndex + 1];
    }

    /// <summary>Triggers whose guards all hold now.</summary>
    public IEnumerable<Trigger> Permitted(Match match) =>
        byState[StateOf(match)].Where(t => t.Guards.All(g => g.Holds(match))).Select(t => t.Trigger).Distinct();

    /// <summary>Null when <paramref name="trigger"/> is permitted now; otherwise the reason it is not.</summary>
    public string? WhyNot(Match match, Trigger trigger)
    {
        var state = StateOf(match);
        var rows = byState[state].Where(t => t.Trigger == trigger).ToList();
        if (rows.Count == 0)
        {
            return state.Speech < 0 ? "The match has not started."
                : state == States[^1] ? $"{state.Title}: the debate is over; only the verdict remains."
                : $"{state.Title}: the match has already started.";
        }

        foreach (var row in rows)
        {
            var unmet = row.Guards.FirstOrDefault(g => !g.Holds(match));
            if (unmet is null)
            {
                return null;
            }

            if (row == rows[^1])
            {
                return unmet.Description;
            }
        }

        return null;
    }

    /// <summary>The row a trigger follows now, if permitted.</summary>
    public Transition? Fire(Match match, Trigger trigger) =>
        byState[StateOf(match)].FirstOrDefault(t => t.Trigger == trigger && t.Guards.All(g => g.Holds(match)));

    /// <summary>The table as a Mermaid state diagram (plays within a speech are listed on the state).</summary>
    public string ToMermaid() => PhaseDiagram.Mermaid(States, transitions);

    private static PhaseMachine Build(Scenario scenario)
    {
        var (states, rows) = PhaseTableBuilder.Build(scenario);
        return new PhaseMachine(states, rows);
    }
}
