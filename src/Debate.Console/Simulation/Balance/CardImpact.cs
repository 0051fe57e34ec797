using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Console.Simulation.Balance;

/// <summary>
/// One card as one side used it: how often it was played, and that side's win rate in the games
/// where it was played against the games where it was not. A large gap marks a card that decides games.
/// </summary>
internal sealed record CardImpact(string Card, string Tag, CardKind Kind, Side Side, int Games, int Played, double PlayRate, double WinWhenPlayed, double WinWhenNot)
{
    /// <summary>Win rate when played minus when not, in percentage points (0 when it was always or never played: nothing to compare).</summary>
    public double Impact => Played == 0 || Played == Games ? 0 : (WinWhenPlayed - WinWhenNot) * 100;

    /// <summary>Every card each side could hold, with its record in <paramref name="tally"/>, most decisive first.</summary>
    public static ImmutableArray<CardImpact> Of(Scenario scenario, PairingTally tally)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(tally);
        var games = tally.All.Games;
        var rows = new List<CardImpact>();
        foreach (var side in new[] { Side.Alliance, Side.Partnership })
        {
            var wins = tally.All.WinsOf(side);
            foreach (var card in scenario.DeckOf(side))
            {
                var (played, winsPlayed) = tally.Cards.Of(side, card.Id);
                var notPlayed = games - played;
                rows.Add(new CardImpact(
                    card.Id.Value, card.Tag, card.Kind, side, games, played, games == 0 ? 0 : (double)played / games,
                    played == 0 ? 0 : (double)winsPlayed / played, notPlayed == 0 ? 0 : (double)(wins - winsPlayed) / notPlayed));
            }
        }

        return [.. rows.OrderByDescending(r => r.Impact).ThenByDescending(r => r.PlayRate).ThenBy(r => r.Card, StringComparer.Ordinal)];
    }
}
