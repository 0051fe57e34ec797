using System.Globalization;
using System.Text;
using Stateless.Reflection;

namespace Debate.Core.Phases;

/// <summary>
/// Draws the phase flow as a Mermaid <c>stateDiagram-v2</c> from Stateless's description of it.
/// Stateless's own Mermaid output leaves out entry and exit actions and breaks on names with
/// <c>{ } :</c>; here every state has a plain id, its title in quotes, and a note with its actions
/// and the plays it allows. Rounds are composite states; Mermaid cannot draw a transition between
/// states inside two different composites, so the edge from one round to the next joins the rounds.
/// </summary>
internal static class PhaseDiagram
{
    public static string Mermaid(StateMachineInfo info, IReadOnlyDictionary<string, Guard> guards)
    {
        var text = new StringBuilder("stateDiagram-v2\n");
        var states = info.States.ToList();
        var setup = states.Single(s => Of(s).Kind == PhaseStateKind.Setup);
        text.Append(CultureInfo.InvariantCulture, $"    [*] --> {Of(setup).Id}\n");
        foreach (var state in states.Where(s => s.Superstate is null).OrderBy(s => Of(s).Speech))
        {
            Declare(text, state, guards, "    ");
        }

        foreach (var state in states.Where(s => s.Superstate is null).OrderBy(s => Of(s).Speech))
        {
            foreach (var edge in Leaving(state))
            {
                text.Append(CultureInfo.InvariantCulture, $"    {Of(Top(edge.From)).Id} --> {Of(Top(edge.To)).Id} : {edge.Trigger}\n");
            }
        }

        var verdict = states.Single(s => Of(s).Kind == PhaseStateKind.Verdict);
        text.Append(CultureInfo.InvariantCulture, $"    {Of(verdict).Id} --> [*]\n");
        return text.ToString();
    }

    private static void Declare(StringBuilder text, StateInfo state, IReadOnlyDictionary<string, Guard> guards, string indent)
    {
        var phase = Of(state);
        var substates = state.Substates.OrderBy(s => Of(s).Speech).ToList();
        if (substates.Count == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{indent}state \"{Clean(phase.Title)}\" as {phase.Id}\n");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"{indent}state \"{Clean(phase.Title)}\" as {phase.Id} {{\n");
            foreach (var sub in substates)
            {
                Declare(text, sub, guards, indent + "    ");
            }

            text.Append(CultureInfo.InvariantCulture, $"{indent}    [*] --> {Of(substates[0]).Id}\n");
            foreach (var sub in substates)
            {
                foreach (var edge in sub.FixedTransitions.Where(t => !t.IsInternalTransition && substates.Contains(t.DestinationState)))
                {
                    text.Append(CultureInfo.InvariantCulture, $"{indent}    {Of(sub).Id} --> {Of(edge.DestinationState).Id} : {edge.Trigger.UnderlyingTrigger}\n");
                }
            }

            text.Append(CultureInfo.InvariantCulture, $"{indent}    {Of(substates[^1]).Id} --> [*]\n");
            text.Append(indent).Append("}\n");
        }

        var plays = state.FixedTransitions
            .Where(t => t.IsInternalTransition && t.GuardConditionsMethodDescriptions.All(g => guards.TryGetValue(g.Description, out var guard) && guard.Kind == GuardKind.TimeLeft))
            .Select(t => t.Trigger.UnderlyingTrigger.ToString()).ToList();
        var lines = state.EntryActions.Select(a => "entry: " + a.Method.Description)
            .Concat(state.ExitActions.Select(a => "exit: " + a.Description))
            .Concat(plays.Count > 0 ? ["plays: " + string.Join(", ", plays)] : [])
            .ToList();
        if (lines.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{indent}note right of {phase.Id}\n");
            lines.ForEach(l => text.Append(indent).Append("    ").Append(l).Append('\n'));
            text.Append(indent).Append("end note\n");
        }
    }

    // The transitions that leave a top-level state or the composite it heads, for another top-level state.
    private static IEnumerable<(StateInfo From, StateInfo To, object Trigger)> Leaving(StateInfo top)
    {
        var members = Members(top);
        return members.SelectMany(m => m.FixedTransitions.Where(t => !t.IsInternalTransition && !members.Contains(t.DestinationState))
            .Select(t => (m, t.DestinationState, t.Trigger.UnderlyingTrigger)));
    }

    private static List<StateInfo> Members(StateInfo state) => [state, .. state.Substates.SelectMany(Members)];

    private static StateInfo Top(StateInfo state) => state.Superstate is null ? state : Top(state.Superstate);

    private static PhaseState Of(StateInfo state) => (PhaseState)state.UnderlyingState;

    private static string Clean(string title) => Text.VisibleText.Line(title).Replace("\"", "'", StringComparison.Ordinal);
}
