using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Console.Simulation.Balance;

/// <summary>
/// What `debate balance` found: for each pairing of levels, who wins from which side, how close the
/// games are and which cards decide them; the cards no level ever played; and findings for the author.
/// </summary>
internal sealed record BalanceReport(
    string Scenario,
    string Title,
    int GamesPerPairing,
    ulong Seed,
    double Seconds,
    ImmutableArray<PairingBalance> Pairings,
    ImmutableArray<string> NeverPlayed,
    ImmutableArray<string> Findings)
{
    /// <summary>Analyses each pairing's running totals.</summary>
    public static BalanceReport Of(Scenario scenario, int gamesEach, ulong seed, double seconds, ImmutableArray<PairingTally> tallies)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var pairings = tallies.Select(t => new PairingBalance(
            PairingResult.Of(t.Pairing, scenario, t), SwingSummary.Of(t.Margins), CardImpact.Of(scenario, t), NeverPlayedIn(scenario, [t])))
            .ToImmutableArray();
        var neverAtAll = NeverPlayedIn(scenario, tallies);
        return new BalanceReport(scenario.Id, scenario.Title, gamesEach, seed, seconds, pairings, neverAtAll, BalanceFindings.Of(pairings, CardsDealt(scenario)));
    }

    /// <summary>Cards the two seats of a balance game receive: each hand, then its side's draws, as far as its deck goes.</summary>
    public static int CardsDealt(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return ReceivedBy(Side.Alliance) + ReceivedBy(Side.Partnership);

        int ReceivedBy(Side side)
        {
            var deck = scenario.DeckOf(side).Count();
            var draws = scenario.Speeches.Where(s => s.Speech.Side == side).Sum(s => s.Speech.Draw);
            return Math.Min(deck, scenario.HandSize + draws);
        }
    }

    private static ImmutableArray<string> NeverPlayedIn(Scenario scenario, IReadOnlyList<PairingTally> tallies) =>
        [.. scenario.Cards.Where(c => c.Kind != CardKind.Event && !tallies.Any(t => t.Cards.WasPlayed(c.Id))).Select(c => c.Id.Value)];
}
