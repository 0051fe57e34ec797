using Debate.Core.Content;
using Debate.Scenarios;

namespace Debate.Console.Verbs;

/// <summary>Finds the scenario a verb plays: a file when one is given, else the built-in debate.</summary>
internal static class ScenarioSource
{
    /// <summary>The scenario, or null with the loader's diagnostics written to <paramref name="error"/>.</summary>
    public static Scenario? Load(string? path, TextWriter error)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return BuiltInScenarios.Default;
        }

        var result = ScenarioLoader.LoadFile(path);
        if (result.Succeeded)
        {
            return result.Scenario;
        }

        foreach (var d in result.Diagnostics)
        {
            error.WriteLine(d.ToString());
        }

        error.WriteLine($"debate: {path} has problems; fix them and try again (debate scenario validate {path}).");
        return null;
    }
}
