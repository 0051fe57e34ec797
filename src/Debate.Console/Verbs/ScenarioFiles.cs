using System.CommandLine;
using Debate.Core.Text;
using Debate.Scenarios;
using Debate.Scenarios.Files;

namespace Debate.Console.Verbs;

/// <summary>What the scenario verbs share: the --seeds and --sources options, and loading a file or a built-in by name.</summary>
internal static class ScenarioFiles
{
    public static Option<string?> SeedsOption() =>
        new Option<string?>("--seeds") { Description = "Folder of source digests (default: the nearest seeds/ above the file, else the built-in digests)." }.Takes("a folder of source digests");

    public static Option<string?> SourcesOption() =>
        new Option<string?>("--sources") { Description = "Folder of the source articles' .txt files: check every anchor against the paragraph it cites." }.Takes("a folder of the source articles' .txt files");

    /// <summary>
    /// One line when <paramref name="path"/> names neither a readable file nor a built-in scenario
    /// (missing, a folder, a device), so the loader's file:1:1 diagnostics are not needed; else null.
    /// </summary>
    public static string? Unusable(string path)
    {
        if (BuiltInScenarios.Names.Contains(path) && !File.Exists(path))
        {
            return null;
        }

        if (CappedFile.Check(path, LoadOptions.DefaultMaxBytes) is not { } refused || refused.TooLarge)
        {
            return null;
        }

        var hint = refused.Missing ? $"; give a scenario file or a built-in scenario ({string.Join(", ", BuiltInScenarios.Names)})" : string.Empty;
        return VisibleText.Line($"{path}: {refused.Problem}{hint}");
    }

    /// <summary>Loads <paramref name="path"/>, or the built-in scenario of that name when no such file exists.</summary>
    public static LoadResult Load(string path, string? seeds, string? sources)
    {
        if (!File.Exists(path) && BuiltInScenarios.Names.Contains(path))
        {
            return seeds is null && sources is null
                ? BuiltInScenarios.Check(path)
                : ScenarioLoader.LoadText(BuiltInScenarios.Text(path)!, $"scenarios/{path}.yaml", new LoadOptions { SeedsDirectory = seeds, SourcesDirectory = sources });
        }

        return ScenarioLoader.LoadFile(path, new LoadOptions { SeedsDirectory = seeds, SourcesDirectory = sources });
    }

    /// <summary>Writes every diagnostic, one per entry, hint indented below.</summary>
    public static void WriteDiagnostics(LoadResult result, TextWriter writer)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }
}
