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
    /// <summary>Analyses the results of each pairing.</summary>
    public static BalanceReport Of(
        Scenario scenario, int gamesEach, ulong seed, double seconds,
        ImmutableArray<(Pairing Pairing, ImmutableArray<GameResult> Results)> batches)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var pairings = batches.Select(b =>
        {
            var cards = CardImpact.Of(scenario, b.Results);
            var never = NeverPlayedIn(scenario, b.Results);
            return new PairingBalance(PairingResult.Of(b.Pairing, scenario, b.Results), SwingSummary.Of(b.Results), cards, never);
        }).ToImmutableArray();
        var neverAtAll = NeverPlayedIn(scenario, [.. batches.SelectMany(b => b.Results)]);
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

    private static ImmutableArray<string> NeverPlayedIn(Scenario scenario, IReadOnlyList<GameResult> results)
    {
        var played = results.SelectMany(r => r.Played).Select(p => p.Card).ToHashSet();
        return [.. scenario.Cards.Where(c => c.Kind != CardKind.Event && !played.Contains(c.Id)).Select(c => c.Id.Value)];
    }
}
