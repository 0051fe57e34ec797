using Debate.Core.Content;
using Debate.Core.Text;
using Debate.Scenarios;

namespace Debate.Console.Verbs;

/// <summary>
/// Finds the scenario a playing verb uses: a file or a built-in scenario's name when one is given
/// (as the scenario verbs read them), else the built-in debate.
/// </summary>
internal static class ScenarioSource
{
    /// <summary>The scenario, or null with the loader's diagnostics written to <paramref name="error"/>.</summary>
    public static Scenario? Load(string? path, TextWriter error)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return BuiltInScenarios.Default;
        }

        if (ScenarioFiles.Unusable(path) is { } unusable)
        {
            error.WriteLine($"debate: {unusable}");
            return null;
        }

        var result = ScenarioFiles.Load(path, seeds: null, sources: null);
        if (result.Succeeded)
        {
            return result.Scenario;
        }

        ScenarioFiles.WriteDiagnostics(result, error);
        error.WriteLine(VisibleText.Line($"debate: {path} has problems; fix them and try again (debate scenario validate {path})."));
        return null;
    }
}
