using Debate.Core.Play;
using Debate.Console.Pages;

namespace Debate.Console.Play;

/// <summary>
/// What the board shows: the match, whose hand may be seen (null hides every hand), the moves so
/// far and a banner line for news such as an opponent's move.
/// </summary>
internal sealed record BoardState(Match Match, int? HandSeat, IReadOnlyList<PlayedMove> Log, string? Banner = null)
{
    public Seat? Speaker => Match.IsOver ? null : Match.Seats[Match.Speaker];
}
