using System.CommandLine;
using System.Diagnostics;
using Debate.Console.Simulation;
using Debate.Console.Simulation.Balance;

namespace Debate.Console.Verbs;

/// <summary>
/// `debate balance FILE --games N`: plays every pairing of the given levels on a scenario (each level
/// against itself too) and reports, for its author, who wins from which side, how close the games
/// are, which cards decide them, which are never played, and what to change.
/// </summary>
internal static class BalanceVerb
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The scenario file to check." }.Takes("a scenario file or a built-in scenario's name");
        var games = VerbOptions.Count("--games", "Games per pairing of levels.", 1000);
        var seed = VerbOptions.Seed("Base seed; every game's deal is derived from it.", 1);
        var format = new Option<string>("--format") { Description = "text, markdown or json (one line).", DefaultValueFactory = _ => "text" }.Takes("one of text, markdown, json");
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var levels = new Option<string>("--levels") { Description = "Levels or personas to pair, comma-separated (the champion is slow: add it with few games).", DefaultValueFactory = _ => "novice,debater" }.Takes("levels or personas separated by commas, such as novice,debater");
        var iterations = VerbOptions.Count("--iterations", "The champion's iterations per move.", 1000, 1, 10_000_000);
        var command = new Command("balance", "Play bots against bots on a scenario and report its balance: side win rates, swings, card impact, findings.")
        {
            file, games, seed, format, levels, iterations,
        };
        command.SetAction(parse => Run(
            parse.GetValue(file)!, parse.GetValue(games), parse.GetValue(seed) ?? 1, parse.GetValue(format)!, parse.GetValue(levels)!, parse.GetValue(iterations)));
        return command;
    }

    private static int Run(string path, int games, ulong seed, string format, string levelList, int iterations)
    {
        var error = System.Console.Error;
        var scenario = ScenarioSource.Load(path, error);
        if (scenario is null)
        {
            return 1;
        }

        var (levels, problem) = Levels.Parse(levelList, scenario);
        if (problem is not null)
        {
            throw new UsageException(Usage.Line("debate balance", $"--levels: {problem}"));
        }

        var clock = Stopwatch.StartNew();
        var pairings = Pairing.RoundRobin(levels, mirrors: true);
        var batches = Batch.Play(scenario, pairings, games, seed, OpponentSettings.Capped(iterations), $"balance {scenario.Id}", error);
        var report = BalanceReport.Of(scenario, games, seed, clock.Elapsed.TotalSeconds, batches);
        if (format == "json")
        {
            System.Console.WriteLine(BalanceJson.Write(report));
        }
        else
        {
            BalanceText.Write(report, System.Console.Out, markdown: format == "markdown");
        }

        return 0;
    }
}
