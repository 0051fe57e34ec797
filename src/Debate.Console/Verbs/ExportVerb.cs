using System.CommandLine;
using Debate.Console.Debriefs;
using Debate.Console.Files;
using Debate.Console.Saves;
using Debate.Core.Content;
using Debate.Core.Records;
using Debate.Core.Text;
using Debate.Debrief;
using Debate.Debrief.Rendering;
using DebriefModel = Debate.Debrief.Debrief;
using Debate.Console.Pages;
using Debate.Console.Play;

namespace Debate.Console.Verbs;

/// <summary>
/// `debate export FILE --format md|json|html|csv [-o OUT] [--anonymise] [--scenario FILE]`: replays a
/// saved match and writes its debrief (to standard output without -o). A missing, damaged or
/// diverging record, or a scenario that cannot be found, is one line on standard error and exit code 1.
/// </summary>
internal static class ExportVerb
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "A saved match (JSON), from the shell's saves or debate play --save." }.Takes("a saved match file (JSON)");
        var format = new Option<string?>("--format", "-f") { Description = "md, json, html or csv (default: from the -o extension, else md)." }.Takes("one of md, json, html, csv");
        format.AcceptOnlyFromAmong([.. Export.Names]);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." }.Takes("the path of the file to write");
        var anonymise = new Option<bool>("--anonymise", "--anonymize") { Description = "Replace player names with code names, the same ones on every run." };
        var scenario = new Option<string?>("--scenario") { Description = "The scenario file the match was played on (default: found by its id)." }.Takes("a scenario file or a built-in scenario's name");
        var command = new Command("export", "Write the debrief of a saved match: verdict, flow, transcript, sources, players, questions; csv for the rubric.")
        {
            file, format, output, anonymise, scenario,
        };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(format), parse.GetValue(output), parse.GetValue(anonymise), parse.GetValue(scenario)));
        return command;
    }

    private static int Run(string path, string? formatName, string? output, bool anonymise, string? scenarioPath)
    {
        var error = System.Console.Error;
        if (output is not null)
        {
            AtomicFile.Check(output, inputs: [path, scenarioPath]);
        }

        var saved = SavedMatch.Read(path, finished: true);
        if (saved.Record is not { } record)
        {
            error.WriteLine($"debate export: {VisibleText.Line(path)}: {saved.Error}");
            return 1;
        }

        var scenario = RecordScenario.Find("export", record, saved.Source, scenarioPath, path);
        if (scenario is null)
        {
            return 1;
        }

        var options = new DebriefOptions { Anonymise = anonymise, Sources = DebriefSources.For(scenarioPath) };
        var (debrief, problem) = DebriefModel.TryBuild(scenario, record, options);
        if (debrief is null)
        {
            error.WriteLine($"debate export: {VisibleText.Line(path)}: {VisibleText.Line(problem)}");
            return 1;
        }

        var extension = output is null ? null : Path.GetExtension(output).TrimStart('.');
        var format = Export.TryParse(formatName ?? extension, out var f) ? f : ExportFormat.Markdown;
        var text = Export.Render(debrief, format);
        if (output is null)
        {
            System.Console.Out.Write(text);
            return 0;
        }

        AtomicFile.Write(output, text, inputs: [path, scenarioPath]);
        error.WriteLine($"debate export: wrote the {Export.Extension(format)} debrief of {VisibleText.Line(path)} to {VisibleText.Line(output)}.");
        return 0;
    }
}
