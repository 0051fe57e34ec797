using Debate.Console.Simulation.Balance;
using Debate.Core.Content;

namespace Debate.Console.Simulation;

/// <summary>
/// A pairing's running totals, folded in game by game: the counts of <see cref="GameTally"/>, the
/// wins of each controller, each card's record (<see cref="CardTally"/>) and the distribution of
/// margins (<see cref="MarginTally"/>). Its size depends on the scenario's decks, never on the games.
/// </summary>
internal sealed class PairingTally(Pairing pairing, Scenario scenario)
{
    public Pairing Pairing { get; } = pairing ?? throw new ArgumentNullException(nameof(pairing));

    public GameTally All { get; } = new();

    /// <summary>Games won by the pairing's first controller, from either side.</summary>
    public int FirstWins { get; private set; }

    /// <summary>Games won by the pairing's second controller, from either side.</summary>
    public int SecondWins { get; private set; }

    public CardTally Cards { get; } = new(scenario);

    public MarginTally Margins { get; } = new();

    public void Add(GameResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        All.Add(result);
        var winner = result.WinningController;
        FirstWins += winner == Pairing.First ? 1 : 0;
        SecondWins += winner == Pairing.Second ? 1 : 0;
        Cards.Add(result);
        Margins.Add(result.Margin * 100);
    }
}
