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

    /// <summary>Every card each side could hold, with its record over <paramref name="results"/>, most decisive first.</summary>
    public static ImmutableArray<CardImpact> Of(Scenario scenario, IReadOnlyList<GameResult> results)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(results);
        var rows = new List<CardImpact>();
        foreach (var side in new[] { Side.Alliance, Side.Partnership })
        {
            var playedBy = results.Select(r => r.Played.Where(p => p.Side == side).Select(p => p.Card).ToHashSet()).ToArray();
            foreach (var card in scenario.DeckOf(side))
            {
                int played = 0, winsPlayed = 0, winsNot = 0;
                for (var g = 0; g < results.Count; g++)
                {
                    var won = results[g].Winner == side;
                    if (playedBy[g].Contains(card.Id))
                    {
                        played++;
                        winsPlayed += won ? 1 : 0;
                    }
                    else
                    {
                        winsNot += won ? 1 : 0;
                    }
                }

                var notPlayed = results.Count - played;
                rows.Add(new CardImpact(
                    card.Id.Value, card.Tag, card.Kind, side, results.Count, played, results.Count == 0 ? 0 : (double)played / results.Count,
                    played == 0 ? 0 : (double)winsPlayed / played, notPlayed == 0 ? 0 : (double)winsNot / notPlayed));
            }
        }

        return [.. rows.OrderByDescending(r => r.Impact).ThenByDescending(r => r.PlayRate).ThenBy(r => r.Card, StringComparer.Ordinal)];
    }
}
