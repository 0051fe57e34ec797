using System.CommandLine;
using Debate.Core.Content;
using Debate.Core.Phases;
using Debate.Core.Text;
using Debate.Scenarios.Authoring;

namespace Debate.Console.Verbs;

/// <summary>
/// `debate scenario graph FILE [--format mermaid|dot] [--part phases|attacks|all]`: draws the phase
/// flow (defined in Stateless: rounds, speeches, triggers, guards, entry and exit actions) and which
/// card can rebut which (the attack graph). DOT is Stateless's own UML drawing of the phase flow.
/// </summary>
internal static class ScenarioGraphVerb
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A scenario file (or the name of a built-in scenario)." }.Takes("a scenario file or a built-in scenario's name");
        var format = new Option<string>("--format") { Description = "mermaid (the phase flow and the attack graph) or dot (the phase flow, drawn by Stateless).", DefaultValueFactory = _ => "mermaid" }.Takes("mermaid or dot");
        format.AcceptOnlyFromAmong("mermaid", "dot");
        var part = new Option<string?>("--part")
        {
            Description = "phases: the phase flow; attacks: which card can rebut which; all: both, as fenced Markdown blocks (the default for mermaid; dot draws phases).",
        }.Takes("one of phases, attacks, all");
        part.AcceptOnlyFromAmong("phases", "attacks", "all");
        var seeds = ScenarioFiles.SeedsOption();
        var command = new Command("graph", "Draw a scenario: the phase flow (Mermaid or DOT) and the attack graph (Mermaid).") { file, format, part, seeds };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(seeds), System.Console.Out, parse.GetValue(part) ?? (parse.GetValue(format) == "dot" ? "phases" : "all"), parse.GetValue(format)!));
        return command;
    }

    public static int Run(string file, string? seeds, TextWriter output, string part = "attacks", string format = "mermaid")
    {
        if (format == "dot" && part != "phases")
        {
            throw new UsageException(Usage.Line("debate scenario graph", $"--format dot draws the phase flow only; use --part phases, or --format mermaid for the {part} graph"));
        }

        var result = ScenarioFiles.Load(file, seeds, sources: null);
        if (!result.Succeeded)
        {
            ScenarioFiles.WriteDiagnostics(result, output);
            return 1;
        }

        var scenario = result.Scenario!;
        switch (part)
        {
            case "phases":
                output.Write(format == "dot" ? PhaseFlow.ToDot(scenario) + "\n" : PhaseFlow.ToMermaid(scenario));
                break;
            case "attacks":
                WriteAttackGraph(scenario, output);
                break;
            default:
                output.WriteLine($"## {VisibleText.Line(scenario.Title)}: the phase flow");
                output.WriteLine("```mermaid");
                output.Write(PhaseFlow.ToMermaid(scenario));
                output.WriteLine("```");
                output.WriteLine();
                output.WriteLine($"## {VisibleText.Line(scenario.Title)}: which card can rebut which");
                output.WriteLine("```mermaid");
                WriteAttackGraph(scenario, output);
                output.WriteLine("```");
                break;
        }

        return 0;
    }

    /// <summary>The attack graph: rebuttals and what they can answer, by named target (solid) or shared theme (dotted).</summary>
    public static void WriteAttackGraph(Scenario scenario, TextWriter output) => output.Write(AttackGraph.ToMermaid(scenario));
}
