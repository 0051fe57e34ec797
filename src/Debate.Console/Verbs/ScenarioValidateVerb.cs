using System.CommandLine;
using System.Globalization;
using Debate.Core.Text;
using Debate.Scenarios;

namespace Debate.Console.Verbs;

/// <summary>
/// `debate scenario validate FILE...`: checks each file and lists every problem as
/// <c>path:line:column: error: message</c> with a hint; exit code 1 when any file has an error, else 0.
/// </summary>
internal static class ScenarioValidateVerb
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Scenario files (or names of built-in scenarios).", Arity = ArgumentArity.OneOrMore }.Takes("one or more scenario files or built-in scenario names");
        var seeds = ScenarioFiles.SeedsOption();
        var sources = ScenarioFiles.SourcesOption();
        var coverage = new Option<bool>("--coverage") { Description = "Also list the argument paragraphs of each source that no card cites." };
        var command = new Command("validate", "Check scenario files and list every problem with file:line:column and a hint.")
        {
            files, seeds, sources, coverage,
        };
        command.SetAction(parse => Run(parse.GetValue(files)!, parse.GetValue(seeds), parse.GetValue(sources), parse.GetValue(coverage), System.Console.Out));
        return command;
    }

    public static int Run(IReadOnlyList<string> files, string? seeds, string? sources, bool listUncited, TextWriter output)
    {
        var failed = 0;
        foreach (var file in files)
        {
            var result = ScenarioFiles.Load(file, seeds, sources);
            ScenarioFiles.WriteDiagnostics(result, output);
            var errors = result.Errors.Count();
            var warnings = result.Warnings.Count();
            failed += errors > 0 ? 1 : 0;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{VisibleText.Line(file)}: {(errors == 0 ? "valid" : $"{errors} error{Plural(errors)}")}, {warnings} warning{Plural(warnings)}{(sources is null ? "" : ", anchors checked against the sources")}"));
            foreach (var document in result.Coverage)
            {
                output.WriteLine("  coverage " + VisibleText.Line(document.ToString()));
                if (listUncited && document.Uncited.Length > 0)
                {
                    output.WriteLine("    uncited: " + string.Join(", ", document.Uncited.Select(n => string.Create(CultureInfo.InvariantCulture, $"¶{n}"))));
                }
            }
        }

        if (files.Count > 1)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count - failed} of {files.Count} files valid"));
        }

        return failed == 0 ? 0 : 1;
    }

    private static string Plural(int count) => count == 1 ? "" : "s";
}
