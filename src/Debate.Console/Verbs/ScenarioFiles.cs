using System.CommandLine;
using Debate.Scenarios;

namespace Debate.Console.Verbs;

/// <summary>What the scenario verbs share: the --seeds and --sources options, and loading a file or a built-in by name.</summary>
internal static class ScenarioFiles
{
    public static Option<string?> SeedsOption() =>
        new("--seeds") { Description = "Folder of source digests (default: the nearest seeds/ above the file, else the built-in digests)." };

    public static Option<string?> SourcesOption() =>
        new("--sources") { Description = "Folder of the source articles' .txt files: check every anchor against the paragraph it cites." };

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
