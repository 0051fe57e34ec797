using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Debate.Core.Phases;

/// <summary>Draws the phase table as a Mermaid <c>stateDiagram-v2</c>.</summary>
internal static class PhaseDiagram
{
    public static string Mermaid(ImmutableArray<PhaseState> states, ImmutableArray<Transition> rows)
    {
        var text = new StringBuilder("stateDiagram-v2\n");
        text.Append("    [*] --> setup\n");
        foreach (var state in states)
        {
            text.Append(CultureInfo.InvariantCulture, $"    state \"{Clean(state.Title)}\" as {state.Id}\n");
            var plays = rows.Where(r => r.From == state && r.IsInternal && r.Guards.All(g => g.Constant != false))
                .Select(r => r.Trigger.ToString()).ToList();
            var actions = state.OnEntry.Select(a => "entry: " + a).Concat(state.OnExit.Select(a => "exit: " + a));
            var lines = actions.Concat(plays.Count > 0 ? ["plays: " + string.Join(", ", plays)] : []).ToList();
            if (lines.Count > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"    note right of {state.Id}\n");
                lines.ForEach(l => text.Append("        ").Append(l).Append('\n'));
                text.Append("    end note\n");
            }
        }

        foreach (var row in rows.Where(r => !r.IsInternal))
        {
            text.Append(CultureInfo.InvariantCulture, $"    {row.From.Id} --> {row.To.Id} : {row.Trigger}\n");
        }

        text.Append("    verdict --> [*]\n");
        return text.ToString();
    }

    private static string Clean(string title) => title.Replace("\"", "'", StringComparison.Ordinal);
}
