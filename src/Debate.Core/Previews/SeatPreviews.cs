using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Core.Previews;

/// <summary>
/// One seat's previews at its turn: the public match and its floor read once (strengths, grounded
/// labels, each bloc's standing weights), then each move previewed against them. For opponents and
/// boards that preview many moves of one position.
/// </summary>
public sealed class SeatPreviews
{
    // Each bloc's standing weights on the floor now: Alliance's in the first half, Partnership's in the second.
    private readonly double[] weights;
    private readonly double allianceStanding;
    private readonly double partnershipStanding;
    private (double Alliance, double Partnership)[]? pressures;
    private FloorLabels? labels;

    /// <summary>Reads <paramref name="view"/>'s floor.</summary>
    public SeatPreviews(PlayerView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        Match = PublicMatch.Of(view);
        var blocs = Match.Compiled.BlocCount;
        weights = new double[2 * blocs];
        var alliance = weights.AsSpan(0, blocs);
        var partnership = weights.AsSpan(blocs);
        BalanceMath.Pressures(Match, alliance, partnership);

        // The balance before any move, once for every move weighed (BalanceChange).
        allianceStanding = BalanceMath.Standing(Match.Scenario, alliance, partnership, Side.Alliance);
        partnershipStanding = BalanceMath.Standing(Match.Scenario, alliance, partnership, Side.Partnership);
    }

    /// <summary>The match as the seat may know it (see <see cref="PublicMatch"/>).</summary>
    public Match Match { get; }

    /// <summary>Strengths and grounded labels of the floor now.</summary>
    public FloorLabels Labels => labels ??= FloorLabels.Of(Match);

    /// <summary>What <paramref name="move"/> would do.</summary>
    public MovePreview Of(Move move)
    {
        ArgumentNullException.ThrowIfNull(move);
        if (pressures is null)
        {
            // The previews read each bloc's two weights as a pair; made when the first move is previewed.
            var blocs = weights.Length / 2;
            pressures = new (double, double)[blocs];
            for (var b = 0; b < blocs; b++)
            {
                pressures[b] = (weights[b], weights[blocs + b]);
            }
        }

        return Preview.Of(Match, move, Labels, pressures);
    }

    /// <summary>
    /// What <c>Of(move).BalanceChange(side)</c> gives, to the last bit, for a legal
    /// <paramref name="move"/>, without building the preview (see <see cref="BalanceMath"/>). For
    /// opponents that weigh every legal move and explain only the one they make.
    /// </summary>
    public double BalanceChange(Move move, Side side)
    {
        ArgumentNullException.ThrowIfNull(move);
        if (move.Kind == MoveKind.EndSpeech)
        {
            // Ending a speech leaves the floor as it stands: the same weights before and after.
            return 0;
        }

        var blocs = weights.Length / 2;
        return BalanceMath.Change(Match, weights.AsSpan(0, blocs), weights.AsSpan(blocs), side == Side.Alliance ? allianceStanding : partnershipStanding, move, Match.Compiled.CardIndex(move), side);
    }
}
