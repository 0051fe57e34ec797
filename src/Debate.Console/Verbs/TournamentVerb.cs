using System.CommandLine;
using System.Diagnostics;
using Debate.Console.Simulation;

namespace Debate.Console.Verbs;

/// <summary>
/// `debate tournament --levels novice,debater,champion --games N --seed S`: a round robin of the
/// levels with sides swapped on the same deals, printing the ladder; with --json, one JSON object
/// on the last line. This is how the README's ladder is measured.
/// </summary>
internal static class TournamentVerb
{
    public static Command Create()
    {
        var levels = new Option<string>("--levels") { Description = "Levels or personas, comma-separated, weakest first.", DefaultValueFactory = _ => "novice,debater,champion" }.Takes("levels or personas separated by commas, such as novice,debater");
        var games = VerbOptions.Count("--games", "Games per pairing (even: each deal is played twice, sides swapped).", 200);
        var seed = VerbOptions.Seed("Base seed; every game's deal is derived from it.", 1);
        var json = new Option<bool>("--json") { Description = "Also print one JSON object on the last line." };
        var scenario = new Option<string?>("--scenario") { Description = "A scenario file (default: the built-in debate)." }.Takes("a scenario file or a built-in scenario's name");
        var iterations = VerbOptions.Count("--iterations", "The champion's iterations per move (no clock, so results repeat).", 1000, 1, 10_000_000);
        var command = new Command("tournament", "Round robin of opponent levels with sides swapped; prints the ladder with confidence intervals.")
        {
            levels, games, seed, json, scenario, iterations,
        };
        command.SetAction(parse => Run(
            parse.GetValue(levels)!, parse.GetValue(games), parse.GetValue(seed) ?? 1, parse.GetValue(json), parse.GetValue(scenario), parse.GetValue(iterations)));
        return command;
    }

    private static int Run(string levelList, int games, ulong seed, bool json, string? path, int iterations)
    {
        var error = System.Console.Error;
        var scenario = ScenarioSource.Load(path, error);
        if (scenario is null)
        {
            return 1;
        }

        var (levels, problem) = Levels.Parse(levelList, scenario);
        if (problem is not null || levels.Length < 2)
        {
            throw new UsageException(Usage.Line("debate tournament", $"--levels: {problem ?? "a tournament needs at least two levels"}"));
        }

        var clock = Stopwatch.StartNew();
        // Stronger level first in each pairing, so the ladder reads as each level's record against those below it.
        var pairings = Pairing.RoundRobin([.. levels.Reverse()], mirrors: false);
        var batches = Batch.Play(scenario, pairings, games, seed, OpponentSettings.Capped(iterations), "tournament", error);
        var ladder = Ladder.Of(scenario, seed, games, iterations, clock.Elapsed.TotalSeconds, batches);
        ladder.WriteTable(System.Console.Out);
        if (json)
        {
            System.Console.WriteLine(ladder.ToJson());
        }

        return 0;
    }
}
