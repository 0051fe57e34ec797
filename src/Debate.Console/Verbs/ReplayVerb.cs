using System.CommandLine;
using Debate.Console.Saves;
using Debate.Core.Content;
using Debate.Core.Records;
using Debate.Core.Text;
using Debate.Console.Pages;
using Debate.Console.Play;

namespace Debate.Console.Verbs;

/// <summary>
/// `debate replay FILE`: step through a saved match in the shell; with --verify, re-apply the log
/// and check every state hash (exit 1 at the first move that differs, naming a changed scenario).
/// A damaged file is a clear one-line error and exit code 1.
/// </summary>
internal static class ReplayVerb
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "A saved match (JSON), from the shell's saves or debate play --save." }.Takes("a saved match file (JSON)");
        var verify = new Option<bool>("--verify") { Description = "Re-apply every move and check its state hash; exit 1 at the first that differs." };
        var scenario = new Option<string?>("--scenario") { Description = "The scenario file the match was played on (default: found by its id)." }.Takes("a scenario file or a built-in scenario's name");
        var command = new Command("replay", "Step through a saved match (Left/Right keys, jump to a speech), or verify it with --verify.")
        {
            file, verify, scenario,
        };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(verify), parse.GetValue(scenario), parse.GetValue(ShellOptions.Plain)));
        return command;
    }

    private static int Run(string path, bool verify, string? scenarioPath, bool plain)
    {
        var error = System.Console.Error;
        var shown = VisibleText.Line(path);
        var saved = SavedMatch.Read(path, finished: true);
        if (saved.Record is not { } record)
        {
            error.WriteLine($"debate replay: {shown}: {saved.Error}");
            return 1;
        }

        var scenario = RecordScenario.Find("replay", record, saved.Source, scenarioPath, path);
        if (scenario is null)
        {
            return 1;
        }

        if (verify)
        {
            var result = Debate.Core.Records.Replay.Run(scenario, record);
            if (!result.Verified)
            {
                error.WriteLine(result.DivergedAt == 0
                    ? $"debate replay: {shown}: {VisibleText.Line(result.Reason)}"
                    : $"debate replay: {shown}: diverges at move {result.DivergedAt}. {VisibleText.Line(result.Reason)}");
                return 1;
            }

            var changed = scenario.ContentHash == record.ScenarioHash ? string.Empty : " (the scenario has changed since, but every move replays to its recorded state)";
            var header = record.Header is null ? " (a format version 1 record: its seats and roles are not covered by a hash)" : string.Empty;
            System.Console.WriteLine($"{shown}: verified, {record.Moves.Length} moves replay to their recorded states on scenario {VisibleText.Line(scenario.Id)}{changed}{header}.");
            return 0;
        }

        var tape = ReplayTape.Build(scenario, record, $"Replay: {Path.GetFileName(path)}", out var problem);
        if (tape is null)
        {
            error.WriteLine($"debate replay: {shown}: {VisibleText.Line(problem)}");
            return 1;
        }

        return ShellHost.Run(plain, "debate replay (use --verify to check a record without a terminal)", async context =>
        {
            await context.Ui.Replay(tape);
            return tape.Problem is null ? 0 : 1;
        });
    }
}
