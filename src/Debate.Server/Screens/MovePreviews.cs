using Debate.Core.Play;

namespace Debate.Server.Screens;

/// <summary>
/// The one-line outcome of a legal move, as the player's page shows it beside the move. It comes
/// from the engine's one preview of a move (issue 11, Debate.Core), never from a calculation of our
/// own: until that preview is on main this says nothing rather than guess.
/// </summary>
internal static class MovePreviews
{
    public static string? Of(Match match, Move move)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(move);
        return null;
    }
}
