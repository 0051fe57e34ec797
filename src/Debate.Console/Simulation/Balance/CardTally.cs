using Debate.Core.Content;

namespace Debate.Console.Simulation.Balance;

/// <summary>
/// Each card's record as games finish: for every card of each side's deck, the games in which that
/// side played it and how many of those it won; and every card anyone played. One row per card, so
/// the tally is as large as the decks whatever the number of games.
/// </summary>
internal sealed class CardTally
{
    private readonly Dictionary<(Side Side, CardId Card), int> rows = [];
    private readonly int[] played;
    private readonly int[] wonWhenPlayed;
    private readonly long[] countedIn;
    private readonly HashSet<CardId> playedByAnyone = [];
    private long games;

    public CardTally(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        foreach (var side in new[] { Side.Alliance, Side.Partnership })
        {
            foreach (var card in scenario.DeckOf(side))
            {
                rows.TryAdd((side, card.Id), rows.Count);
            }
        }

        played = new int[rows.Count];
        wonWhenPlayed = new int[rows.Count];
        countedIn = new long[rows.Count];
    }

    /// <summary>Rows held: one per card of each deck.</summary>
    public int Rows => rows.Count;

    /// <summary>Games in which <paramref name="side"/> played <paramref name="card"/> (once or more), and how many of them it won.</summary>
    public (int Played, int Won) Of(Side side, CardId card) =>
        rows.TryGetValue((side, card), out var row) ? (played[row], wonWhenPlayed[row]) : (0, 0);

    /// <summary>Whether any side played <paramref name="card"/> in any game.</summary>
    public bool WasPlayed(CardId card) => playedByAnyone.Contains(card);

    public void Add(GameResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        games++;
        foreach (var card in result.Played)
        {
            playedByAnyone.Add(card.Card);
            // A card counts once a game, however often its side played it.
            if (rows.TryGetValue((card.Side, card.Card), out var row) && countedIn[row] != games)
            {
                countedIn[row] = games;
                played[row]++;
                wonWhenPlayed[row] += result.Winner == card.Side ? 1 : 0;
            }
        }
    }
}
