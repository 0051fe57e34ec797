using Debate.Core.Play;
using Debate.Core.Previews;

namespace Debate.Console.Shell.Board;

/// <summary>
/// Where the board gets the outcome of a move before it is made: the rules' one preview of a move
/// (<see cref="Preview"/>, the same calculation <c>Rules.Apply</c> performs, from the mover's view),
/// in its own one-line words. The board never works an outcome out or words one itself.
/// </summary>
internal static class MoveOutcome
{
    public static string Sentence(Match match, Move move) => Of(match, move).Outcome;

    /// <summary>The whole preview, for a line that also shows how the card bears on its target (named or a shared theme).</summary>
    public static MovePreview Of(Match match, Move move)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(move);
        return Preview.Of(match, move);
    }
}
