using Debate.Core.Content;
using Debate.Core.Records;
using Debate.Core.Text;
using Debate.Console.Pages;
using Debate.Console.Play;

namespace Debate.Console.Verbs;

/// <summary>
/// Finds the scenario a saved match was played on, for `debate replay` and `debate export`:
/// --scenario FILE when given, else the save's remembered source, the built-ins and ./scenarios.
/// </summary>
internal static class RecordScenario
{
    public static Scenario? Find(string verb, MatchRecord record, string? source, string? scenarioPath, string path)
    {
        if (scenarioPath is not null)
        {
            return ScenarioSource.Load(scenarioPath, System.Console.Error);
        }

        var (load, _) = ScenarioCatalog.Standard(Directory.GetCurrentDirectory()).ForRecord(record, source);
        if (load?.Scenario is null)
        {
            System.Console.Error.WriteLine(VisibleText.Line($"debate {verb}: {path}: it was played on scenario '{record.Scenario}', which is neither built in nor in ./scenarios; give its file with --scenario FILE."));
        }

        return load?.Scenario;
    }
}
