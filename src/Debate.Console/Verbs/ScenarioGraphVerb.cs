using System.CommandLine;
using Debate.Core.Content;
using Debate.Scenarios.Authoring;

namespace Debate.Console.Verbs;

/// <summary>`debate scenario graph FILE --format mermaid`: draws which card can rebut which (the attack graph) as Mermaid.</summary>
internal static class ScenarioGraphVerb
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A scenario file (or the name of a built-in scenario)." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "mermaid" };
        format.AcceptOnlyFromAmong("mermaid");
        var seeds = ScenarioFiles.SeedsOption();
        var command = new Command("graph", "Draw a scenario as a Mermaid diagram: which card can rebut which.") { file, format, seeds };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(seeds), System.Console.Out));
        return command;
    }

    public static int Run(string file, string? seeds, TextWriter output)
    {
        var result = ScenarioFiles.Load(file, seeds, sources: null);
        if (!result.Succeeded)
        {
            ScenarioFiles.WriteDiagnostics(result, output);
            return 1;
        }

        WriteAttackGraph(result.Scenario!, output);
        return 0;
    }

    /// <summary>The attack graph: rebuttals and what they can answer, by named target (solid) or shared theme (dotted).</summary>
    public static void WriteAttackGraph(Scenario scenario, TextWriter output) => output.Write(AttackGraph.ToMermaid(scenario));
}
