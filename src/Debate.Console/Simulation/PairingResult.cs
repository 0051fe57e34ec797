using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Console.Simulation;

/// <summary>
/// The tally of one pairing: wins by side and by controller with their confidence intervals, the
/// first speaker's record, dead heats, the average length of a game and the share of moves that
/// were a real choice (<see cref="ChoiceRate"/>: two cards or more to pick from).
/// </summary>
internal sealed record PairingResult(
    string First,
    string Second,
    bool Mirror,
    int Games,
    Rate AllianceWins,
    Rate PartnershipWins,
    Rate FirstWins,
    Rate SecondWins,
    int DeadHeats,
    Side FirstSpeaker,
    Rate FirstSpeakerWins,
    double AverageMoves,
    double AverageCards,
    double ChoiceRate)
{
    /// <summary>The pairing's name, such as "debater v novice".</summary>
    public string Name => $"{First} v {Second}";

    /// <summary>The first speaker's win rate minus the other side's, in percentage points.</summary>
    public double FirstSpeakerEdge => (FirstSpeakerWins.Value - (AllianceWins.Value + PartnershipWins.Value - FirstSpeakerWins.Value)) * 100;

    /// <summary>Tallies the results of <paramref name="pairing"/>.</summary>
    public static PairingResult Of(Pairing pairing, Scenario scenario, IReadOnlyList<GameResult> results)
    {
        ArgumentNullException.ThrowIfNull(pairing);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(results);
        var n = results.Count;
        var alliance = results.Count(r => r.Winner == Side.Alliance);
        var partnership = results.Count(r => r.Winner == Side.Partnership);
        var firstSide = scenario.Speeches.IsDefaultOrEmpty ? Side.Alliance : scenario.Speeches[0].Speech.Side;
        int firstWins, secondWins;
        if (pairing.IsMirror)
        {
            (firstWins, secondWins) = (alliance, partnership);
        }
        else
        {
            firstWins = results.Count(r => r.Winner is { } w && r.Game.ControllerOf(w) == pairing.First);
            secondWins = results.Count(r => r.Winner is { } w && r.Game.ControllerOf(w) == pairing.Second);
        }

        return new PairingResult(
            pairing.First, pairing.Second, pairing.IsMirror, n,
            Rate.Of(alliance, n), Rate.Of(partnership, n), Rate.Of(firstWins, n), Rate.Of(secondWins, n),
            n - alliance - partnership, firstSide, Rate.Of(firstSide == Side.Alliance ? alliance : partnership, n),
            n == 0 ? 0 : results.Average(r => r.Moves), n == 0 ? 0 : results.Average(r => r.Played.Length),
            n == 0 ? 0 : (double)results.Sum(r => r.Choices) / Math.Max(1, results.Sum(r => r.Moves)));
    }

    /// <summary>Splits a batch's results back into its pairings, which were queued one after another.</summary>
    public static ImmutableArray<(Pairing Pairing, ImmutableArray<GameResult> Results)> Split(
        IReadOnlyList<Pairing> pairings, ImmutableArray<GameResult> results, int gamesEach)
    {
        ArgumentNullException.ThrowIfNull(pairings);
        return [.. pairings.Select((p, i) => (p, results.Slice(i * gamesEach, gamesEach)))];
    }
}
