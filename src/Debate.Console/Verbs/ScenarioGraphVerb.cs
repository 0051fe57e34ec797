using System.CommandLine;
using Debate.Core.Content;
using Debate.Core.Phases;
using Debate.Scenarios.Authoring;

namespace Debate.Console.Verbs;

/// <summary>
/// `debate scenario graph FILE --format mermaid [--part phases|attacks|all]`: draws the phase machine
/// (states, triggers, entry and exit actions) and which card can rebut which (the attack graph).
/// </summary>
internal static class ScenarioGraphVerb
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A scenario file (or the name of a built-in scenario)." }.Takes("a scenario file or a built-in scenario's name");
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "mermaid" }.Takes("mermaid");
        format.AcceptOnlyFromAmong("mermaid");
        var part = new Option<string>("--part")
        {
            Description = "phases: the phase machine; attacks: which card can rebut which; all: both, as fenced Markdown blocks.",
            DefaultValueFactory = _ => "all",
        }.Takes("one of phases, attacks, all");
        part.AcceptOnlyFromAmong("phases", "attacks", "all");
        var seeds = ScenarioFiles.SeedsOption();
        var command = new Command("graph", "Draw a scenario as Mermaid: the phase machine and the attack graph.") { file, format, part, seeds };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(seeds), System.Console.Out, parse.GetValue(part)!));
        return command;
    }

    public static int Run(string file, string? seeds, TextWriter output, string part = "attacks")
    {
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
                output.Write(PhaseMachine.For(scenario).ToMermaid());
                break;
            case "attacks":
                WriteAttackGraph(scenario, output);
                break;
            default:
                output.WriteLine($"## {scenario.Title}: the phase machine");
                output.WriteLine("```mermaid");
                output.Write(PhaseMachine.For(scenario).ToMermaid());
                output.WriteLine("```");
                output.WriteLine();
                output.WriteLine($"## {scenario.Title}: which card can rebut which");
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
