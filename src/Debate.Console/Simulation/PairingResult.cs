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

    /// <summary>The tally of <paramref name="pairing"/> from its running totals.</summary>
    public static PairingResult Of(Pairing pairing, Scenario scenario, PairingTally tally)
    {
        ArgumentNullException.ThrowIfNull(pairing);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(tally);
        var all = tally.All;
        var n = all.Games;
        var firstSide = scenario.Speeches.IsDefaultOrEmpty ? Side.Alliance : scenario.Speeches[0].Speech.Side;
        var (firstWins, secondWins) = pairing.IsMirror ? (all.AllianceWins, all.PartnershipWins) : (tally.FirstWins, tally.SecondWins);
        return new PairingResult(
            pairing.First, pairing.Second, pairing.IsMirror, n,
            Rate.Of(all.AllianceWins, n), Rate.Of(all.PartnershipWins, n), Rate.Of(firstWins, n), Rate.Of(secondWins, n),
            all.DeadHeats, firstSide, Rate.Of(all.WinsOf(firstSide), n),
            n == 0 ? 0 : (double)all.Moves / n, n == 0 ? 0 : (double)all.CardsPlayed / n,
            n == 0 ? 0 : (double)all.Choices / Math.Max(1, all.Moves));
    }
}
