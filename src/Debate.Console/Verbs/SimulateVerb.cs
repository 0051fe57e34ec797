using System.Collections.Immutable;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Debate.Console.Simulation;
using Debate.Core.Content;
using Debate.Core.Play;
using SeatArgument = Debate.Console.Play.SeatArgument;

namespace Debate.Console.Verbs;

/// <summary>
/// `debate simulate`: plays many matches with opponents on every seat (random legal moves by
/// default), in parallel on all cores, and reports wins per side, moves per match and throughput.
/// </summary>
internal static class SimulateVerb
{
    public static Command Create()
    {
        var games = VerbOptions.Count("--games", "How many matches to play.", 1000);
        var seed = VerbOptions.Seed("Base seed; every game's deal is derived from it and its index.", 1);
        var json = new Option<bool>("--json") { Description = "Also print one JSON object on the last line." };
        var scenario = new Option<string?>("--scenario") { Description = "A scenario file (default: the built-in debate)." }.Takes("a scenario file or a built-in scenario's name");
        var seats = new Option<string[]>("--seat")
        {
            Description = "A seat as \"Name:side:level\" (level: novice, debater, champion or a persona); repeat per seat. Default: one novice a side.",
            AllowMultipleArgumentsPerToken = false,
        }.Takes("a seat as Name:side:level, such as \"Ann:alliance:debater\"");
        var iterations = VerbOptions.Count("--iterations", "The champion's iterations per move (no clock, so results repeat).", 1000, 1, 10_000_000);
        var threads = VerbOptions.Count("--threads", "Games played at once (default: one per core).", Environment.ProcessorCount, 1, 1024);
        var command = new Command("simulate", "Play many matches with opponents on every seat and report wins and speed.")
        {
            games, seed, json, scenario, seats, iterations, threads,
        };
        command.SetAction(parse => Run(
            parse.GetValue(scenario), parse.GetValue(seats) ?? [], parse.GetValue(games), parse.GetValue(seed) ?? 1,
            parse.GetValue(json), parse.GetValue(iterations), parse.GetValue(threads)));
        return command;
    }

    private static int Run(string? path, string[] seatTexts, int games, ulong seed, bool json, int iterations, int threads)
    {
        var scenario = ScenarioSource.Load(path, System.Console.Error);
        if (scenario is null)
        {
            return 1;
        }

        var seats = Seats(scenario, seatTexts);
        Simulator.Check(scenario, [Simulator.Game(seats, 0, seed)]);

        // The scenario is laid out for the engine before the clock starts, as it is read before: a one-off cost of
        // the scenario, not of its matches (about 0.1 s, most of it the Stateless machine's first use), which would
        // otherwise weigh on the first game. The CPU spent until then is reported as the set-up.
        MatchSetup.Prepare(scenario);
        var tally = new GameTally();
        var setup = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        ProgressDisplay.Run("simulate", games, System.Console.Error, progress => Simulator.Run(
            scenario, games, i => Simulator.Game(seats, (int)i, seed), OpponentSettings.Capped(iterations), (_, result) => tally.Add(result), progress, threads));
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
        var cpuSeconds = Math.Max((Process.GetCurrentProcess().TotalProcessorTime - setup).TotalSeconds, 1e-9);
        Report(scenario, new GameSpec(0, seed, seats), tally, seed, threads, (seconds, cpuSeconds, setup.TotalSeconds), json);
        return 0;
    }

    private static ImmutableArray<SeatSpec> Seats(Scenario scenario, string[] texts)
    {
        if (texts.Length == 0)
        {
            return [new SeatSpec("Alliance", Side.Alliance, "novice"), new SeatSpec("Partnership", Side.Partnership, "novice")];
        }

        var seats = ImmutableArray.CreateBuilder<SeatSpec>();
        foreach (var text in texts)
        {
            var (seat, error) = SeatArgument.Parse(text, scenario);
            if (seat is null || seat.IsHumanController())
            {
                throw new UsageException(Usage.Line("debate simulate", error ?? $"--seat \"{text}\": a simulation has no humans; give a level, such as {text}:debater"));
            }

            seats.Add(seat);
        }

        var problem = MatchRunner.Problem(scenario, seats);
        if (problem is not null)
        {
            throw new UsageException(Usage.Line("debate simulate", $"--seat: {problem}"));
        }

        return seats.ToImmutable();
    }

    private static bool IsHumanController(this SeatSpec seat) => string.Equals(seat.Controller, "human", StringComparison.OrdinalIgnoreCase);

    // Wall-clock speed is what a user waits for; CPU seconds (all of this process's threads, the JIT's and the
    // collector's included, from the first game to the last) say what the work cost when the machine is shared,
    // where the wall clock mostly measures the other jobs. The set-up (the runtime's start, reading and laying
    // out the scenario) is reported apart.
    private static void Report(Scenario scenario, GameSpec seating, GameTally tally, ulong seed, int threads, (double Wall, double Cpu, double Setup) time, bool json)
    {
        var seconds = time.Wall;
        var games = tally.Games;
        var alliance = tally.AllianceWins;
        var partnership = tally.PartnershipWins;
        var moves = tally.Moves;
        var bytes = (double)tally.AllocatedBytes / games;
        var inv = CultureInfo.InvariantCulture;
        var table = string.Join(" v ", new[] { Side.Alliance, Side.Partnership }.Select(s => $"{seating.ControllerOf(s)} ({s})"));
        System.Console.WriteLine($"scenario {scenario.Id}: {games} matches, {table}, seed {seed}, {threads} thread(s)");
        System.Console.WriteLine(string.Create(inv, $"wins: Alliance {alliance} ({100.0 * alliance / games:0.0}%), Partnership {partnership} ({100.0 * partnership / games:0.0}%), dead heats {games - alliance - partnership}"));
        System.Console.WriteLine(string.Create(inv, $"average moves per match: {(double)moves / games:0.0}"));
        System.Console.WriteLine(string.Create(inv, $"matches per second: {games / seconds:0}; moves per second: {moves / seconds:0}; matches per CPU second: {games / time.Cpu:0}"));
        System.Console.WriteLine(string.Create(inv, $"allocated per match: {bytes:0} bytes (set-up, moves and the opponents' choices)"));
        System.Console.WriteLine(string.Create(inv, $"before the first match: {time.Setup:0.00} CPU seconds (start-up, reading and laying out the scenario)"));
        if (json)
        {
            System.Console.WriteLine(JsonSerializer.Serialize(new
            {
                scenario = scenario.Id,
                games,
                seed,
                threads,
                wins = new { alliance, partnership, draw = games - alliance - partnership },
                avg_moves = Math.Round((double)moves / games, 2),
                matches_per_second = Math.Round(games / seconds, 1),
                moves_per_second = Math.Round(moves / seconds, 1),
                cpu_seconds = Math.Round(time.Cpu, 3),
                setup_cpu_seconds = Math.Round(time.Setup, 3),
                matches_per_cpu_second = Math.Round(games / time.Cpu, 1),
                bytes_per_match = Math.Round(bytes),
            }));
        }
    }
}
