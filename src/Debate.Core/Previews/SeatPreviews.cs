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
    private readonly (double Alliance, double Partnership)[] pressures;
    private readonly double allianceStanding;
    private readonly double partnershipStanding;
    private FloorLabels? labels;

    /// <summary>Reads <paramref name="view"/>'s floor.</summary>
    public SeatPreviews(PlayerView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        Match = PublicMatch.Of(view);
        var blocs = Match.Compiled.BlocCount;
        Span<double> alliance = stackalloc double[blocs];
        Span<double> partnership = stackalloc double[blocs];
        BalanceMath.Pressures(Match, alliance, partnership);
        pressures = new (double, double)[blocs];
        for (var b = 0; b < blocs; b++)
        {
            pressures[b] = (alliance[b], partnership[b]);
        }

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

        return BalanceMath.Change(Match, side == Side.Alliance ? allianceStanding : partnershipStanding, move, Match.Compiled.CardIndex(move), side);
    }
}
