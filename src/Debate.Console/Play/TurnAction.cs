using Debate.Core.Play;

namespace Debate.Console.Play;

/// <summary>What a human chose on the board: a legal move, or to save and leave.</summary>
internal sealed record TurnAction(Move? Move)
{
    public static TurnAction Leave { get; } = new((Move?)null);

    public bool Leaves => Move is null;
}
