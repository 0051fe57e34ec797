using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Console.Verbs;

/// <summary>
/// `debate simulate`: plays many matches with random legal moves on every seat and reports wins per
/// side, moves per match and throughput, a quick check that a scenario plays to the end.
/// </summary>
internal static class SimulateVerb
{
    public static Command Create()
    {
        var games = new Option<int>("--games") { Description = "How many matches to play.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<ulong>("--seed") { Description = "Base seed; game i is dealt from seed + i.", DefaultValueFactory = _ => 1 };
        var json = new Option<bool>("--json") { Description = "Also print one JSON object on the last line." };
        var scenario = new Option<string?>("--scenario") { Description = "A scenario file (default: the built-in debate)." };
        var command = new Command("simulate", "Play many matches with random legal moves and report wins and speed.")
        {
            games, seed, json, scenario,
        };
        command.SetAction(parse => Run(parse.GetValue(scenario), parse.GetValue(games), parse.GetValue(seed), parse.GetValue(json)));
        return command;
    }

    private static int Run(string? path, int games, ulong seed, bool json)
    {
        if (games < 1)
        {
            System.Console.Error.WriteLine("debate: --games must be at least 1.");
            return 2;
        }

        var scenario = ScenarioSource.Load(path, System.Console.Error);
        if (scenario is null)
        {
            return 1;
        }

        var wins = new Dictionary<string, int> { ["alliance"] = 0, ["partnership"] = 0, ["draw"] = 0 };
        long moves = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < games; i++)
        {
            var (winner, count) = PlayRandom(scenario, seed + (ulong)i);
            wins[winner?.ToString().ToLowerInvariant() ?? "draw"]++;
            moves += count;
        }

        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
        var inv = CultureInfo.InvariantCulture;
        System.Console.WriteLine($"scenario {scenario.Id}: {games} matches, seed {seed}");
        System.Console.WriteLine($"wins: Alliance {wins["alliance"]}, Partnership {wins["partnership"]}, dead heats {wins["draw"]}");
        System.Console.WriteLine(string.Create(inv, $"average moves per match: {(double)moves / games:0.0}"));
        System.Console.WriteLine(string.Create(inv, $"matches per second: {games / seconds:0}; moves per second: {moves / seconds:0}"));
        if (json)
        {
            System.Console.WriteLine(JsonSerializer.Serialize(new
            {
                scenario = scenario.Id,
                games,
                seed,
                wins,
                avg_moves = Math.Round((double)moves / games, 2),
                matches_per_second = Math.Round(games / seconds, 1),
                moves_per_second = Math.Round(moves / seconds, 1),
            }));
        }

        return 0;
    }

    private static (Side? Winner, int Moves) PlayRandom(Scenario scenario, ulong seed)
    {
        var match = MatchSetup.Start(scenario, [new("Alliance", Side.Alliance, "novice"), new("Partnership", Side.Partnership, "novice")], seed);
        var rng = new Rng(seed ^ 0x5EEDUL);
        while (!match.IsOver)
        {
            var legal = Rules.LegalMoves(match);
            match = Rules.Apply(match, legal[rng.Next(legal.Length)]).Match;
        }

        return (Adjudicator.WinnerBySwing(match), match.MoveCount);
    }
}
