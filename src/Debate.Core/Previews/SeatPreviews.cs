using Debate.Core.Adjudication;
using Debate.Core.Play;

namespace Debate.Core.Previews;

/// <summary>
/// One seat's previews at its turn: the public match and its floor read once (strengths, grounded
/// labels, each bloc's standing weights), then each move previewed against them. For opponents and
/// boards that preview many moves of one position.
/// </summary>
public sealed class SeatPreviews
{
    private readonly (double Alliance, double Partnership)[] pressures;

    /// <summary>Reads <paramref name="view"/>'s floor.</summary>
    public SeatPreviews(PlayerView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        Match = PublicMatch.Of(view);
        Labels = FloorLabels.Of(Match);
        pressures = Preview.Pressures(Match, Labels);
    }

    /// <summary>The match as the seat may know it (see <see cref="PublicMatch"/>).</summary>
    public Match Match { get; }

    /// <summary>Strengths and grounded labels of the floor now.</summary>
    public FloorLabels Labels { get; }

    /// <summary>What <paramref name="move"/> would do.</summary>
    public MovePreview Of(Move move)
    {
        ArgumentNullException.ThrowIfNull(move);
        return Preview.Of(Match, move, Labels, pressures);
    }
}
