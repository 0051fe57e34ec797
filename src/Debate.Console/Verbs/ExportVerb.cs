using System.CommandLine;
using Debate.Console.Saves;
using Debate.Console.Shell.Setup;
using Debate.Core.Content;
using Debate.Core.Records;
using Debate.Debrief;
using Debate.Debrief.Rendering;
using Debate.Scenarios.Digests;
using DebriefModel = Debate.Debrief.Debrief;

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
        var file = new Argument<string>("FILE") { Description = "A saved match (JSON), from the shell's saves or debate play --save." };
        var format = new Option<string?>("--format", "-f") { Description = "md, json, html or csv (default: from the -o extension, else md)." };
        format.AcceptOnlyFromAmong([.. Export.Names]);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var anonymise = new Option<bool>("--anonymise", "--anonymize") { Description = "Replace player names with code names, the same ones on every run." };
        var scenario = new Option<string?>("--scenario") { Description = "The scenario file the match was played on (default: found by its id)." };
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
        if (!File.Exists(path))
        {
            error.WriteLine($"debate export: {path}: no such file.");
            return 1;
        }

        var saved = SavedMatch.Read(path, finished: true);
        if (saved.Record is not { } record)
        {
            error.WriteLine($"debate export: {path}: {saved.Error}");
            return 1;
        }

        var scenario = Find(record, saved.Source, scenarioPath, path);
        if (scenario is null)
        {
            return 1;
        }

        var options = new DebriefOptions { Anonymise = anonymise, Sources = Sources(scenarioPath) };
        var (debrief, problem) = DebriefModel.TryBuild(scenario, record, options);
        if (debrief is null)
        {
            error.WriteLine($"debate export: {path}: {problem}");
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

        try
        {
            File.WriteAllText(output, text);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"debate export: cannot write {output}: {ex.Message}");
            return 1;
        }

        error.WriteLine($"debate export: wrote the {Export.Extension(format)} debrief of {path} to {output}.");
        return 0;
    }

    // The same search as `debate replay`: --scenario, else the save's remembered source, the built-ins and ./scenarios.
    private static Scenario? Find(MatchRecord record, string? source, string? scenarioPath, string path)
    {
        if (scenarioPath is not null)
        {
            return ScenarioSource.Load(scenarioPath, System.Console.Error);
        }

        var (load, _) = ScenarioCatalog.Standard(Directory.GetCurrentDirectory()).ForRecord(record, source);
        if (load?.Scenario is null)
        {
            System.Console.Error.WriteLine($"debate export: {path}: it was played on scenario '{record.Scenario}', which is neither built in nor in ./scenarios; give its file with --scenario FILE.");
        }

        return load?.Scenario;
    }

    // The built-in digests, overlaid by a seeds/ folder beside (or above) a scenario file given with --scenario.
    private static Dictionary<string, SourceDocument> Sources(string? scenarioPath)
    {
        var libraries = new List<DigestLibrary> { DigestLibrary.BuiltIn };
        var folder = scenarioPath is null ? null : Path.GetDirectoryName(Path.GetFullPath(scenarioPath));
        if (folder is not null && DigestLibrary.FindSeedsDirectory(folder) is { } seeds)
        {
            libraries.Add(DigestLibrary.FromDirectory(seeds));
        }

        var documents = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
        foreach (var digest in libraries.SelectMany(l => l.Documents.Values))
        {
            var paragraphs = digest.Paragraphs.Select(p => new SourceParagraph(p.Number, p.Summary, p.Kind == ParagraphKind.Argument));
            documents[digest.Id] = new SourceDocument(digest.Id, digest.Title, digest.Author, digest.Outlet, digest.Date, digest.Paragraphs.Length, [.. paragraphs]);
        }

        return documents;
    }
}
