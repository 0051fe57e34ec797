using Debate.Core.Content;

namespace Debate.Console.Simulation;

/// <summary>
/// Running totals over games as they finish: wins by side, moves, cards played, real choices and
/// bytes allocated. Whole numbers only, so the totals do not depend on the order games are added.
/// </summary>
internal sealed class GameTally
{
    public int Games { get; private set; }

    public int AllianceWins { get; private set; }

    public int PartnershipWins { get; private set; }

    public int DeadHeats => Games - AllianceWins - PartnershipWins;

    public long Moves { get; private set; }

    public long CardsPlayed { get; private set; }

    public long Choices { get; private set; }

    public long AllocatedBytes { get; private set; }

    /// <summary>The wins of <paramref name="side"/>.</summary>
    public int WinsOf(Side side) => side == Side.Alliance ? AllianceWins : PartnershipWins;

    public void Add(GameResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Games = checked(Games + 1);
        AllianceWins += result.Winner == Side.Alliance ? 1 : 0;
        PartnershipWins += result.Winner == Side.Partnership ? 1 : 0;
        Moves += result.Moves;
        CardsPlayed += result.CardsPlayed;
        Choices += result.Choices;
        AllocatedBytes += result.AllocatedBytes;
    }
}
