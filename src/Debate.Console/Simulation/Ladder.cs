using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Debate.Core.Content;

namespace Debate.Console.Simulation;

/// <summary>
/// The tournament's ladder: each pairing of the round robin with its games, wins and the first
/// level's win rate and confidence interval, as a table and as one line of JSON.
/// </summary>
internal sealed record Ladder(string Scenario, ulong Seed, int GamesPerPairing, int Iterations, double Seconds, ImmutableArray<PairingResult> Pairings)
{
    public static Ladder Of(Scenario scenario, ulong seed, int games, int iterations, double seconds, ImmutableArray<PairingTally> tallies)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new Ladder(scenario.Id, seed, games, iterations, seconds, [.. tallies.Select(t => PairingResult.Of(t.Pairing, scenario, t))]);
    }

    public void WriteTable(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"Ladder on {Scenario}: {GamesPerPairing} games per pairing, sides swapped, seed {Seed}, champion {Iterations} iterations per move ({Seconds:0.0} s)."));
        new TableWriter(output, markdown: false).Rows(
            ["pairing", "games", "wins", "losses", "dead heats", "win rate (95% CI)"],
            [.. Pairings.Select(p => new[]
            {
                p.Name, p.Games.ToString(inv), p.FirstWins.Successes.ToString(inv), p.SecondWins.Successes.ToString(inv),
                p.DeadHeats.ToString(inv), p.FirstWins.ToString(),
            })]);
    }

    public string ToJson() => JsonSerializer.Serialize(new
    {
        scenario = Scenario,
        seed = Seed,
        games_per_pairing = GamesPerPairing,
        champion_iterations = Iterations,
        seconds = Math.Round(Seconds, 2),
        pairings = Pairings.Select(p => new
        {
            first = p.First,
            second = p.Second,
            games = p.Games,
            first_wins = p.FirstWins.Successes,
            second_wins = p.SecondWins.Successes,
            dead_heats = p.DeadHeats,
            first_win_rate = Math.Round(p.FirstWins.Value, 4),
            ci_low = Math.Round(p.FirstWins.Low, 4),
            ci_high = Math.Round(p.FirstWins.High, 4),
            alliance_win_rate = Math.Round(p.AllianceWins.Value, 4),
            average_moves = Math.Round(p.AverageMoves, 2),
        }),
    });
}
