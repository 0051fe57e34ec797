using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Core.Previews;

/// <summary>
/// The standing balance of a move at array speed: each bloc's standing weights on a floor, and how a
/// card move would change a side's balance with the room, by the engine's own floor arithmetic (the
/// sums <see cref="FloorLabels.Of"/> and the audience model make, in their order) and the balance as
/// <see cref="MovePreview"/> takes it, so the figure is the preview's to the last bit.
/// </summary>
internal static class BalanceMath
{
    /// <summary>Each bloc's standing weight for each side on <paramref name="match"/>'s floor now.</summary>
    public static void Pressures(Match match, Span<double> alliance, Span<double> partnership)
    {
        var n = match.FloorCount;
        Span<int> strengths = n <= 128 ? stackalloc int[n] : new int[n];
        Span<Label> labels = n <= 128 ? stackalloc Label[n] : new Label[n];
        FloorMath.Strengths(match, strengths);
        FloorMath.Labels(match.FloorEntries, strengths, labels);
        FloorMath.Pressures(match, strengths, labels, alliance, partnership);
    }

    /// <summary>
    /// The room's standing weight for <paramref name="side"/> minus the other side's, averaged over the
    /// blocs by share (as <see cref="MovePreview.BalanceBefore"/> sums it).
    /// </summary>
    public static double Standing(Scenario scenario, ReadOnlySpan<double> alliance, ReadOnlySpan<double> partnership, Side side)
    {
        var shares = scenario.Blocs;
        double total = 0, sum = 0;
        for (var b = 0; b < alliance.Length; b++)
        {
            var share = shares[b].Share;
            sum += share * (side == Side.Alliance ? alliance[b] - partnership[b] : partnership[b] - alliance[b]);
            total += share;
        }

        return total <= 0 ? 0 : sum / total;
    }

    /// <summary>
    /// How the legal card move <paramref name="move"/> (card index <paramref name="card"/>) would change
    /// <paramref name="side"/>'s standing balance, <paramref name="standingBefore"/> (<see cref="Standing"/>
    /// on the floor now, worked out once for every move weighed): the argument the rules would put down
    /// (<see cref="Rules.Entry"/>) added to the floor, then weighed.
    /// </summary>
    public static double Change(Match match, double standingBefore, Move move, int card, Side side)
    {
        var c = match.Compiled;
        var now = match.FloorEntries;
        var n = now.Length + 1;
        var blocs = c.BlocCount;
        Span<FloorEntry> floor = n <= 128 ? stackalloc FloorEntry[n] : new FloorEntry[n];
        Span<int> strengths = n <= 128 ? stackalloc int[n] : new int[n];
        Span<Label> labels = n <= 128 ? stackalloc Label[n] : new Label[n];
        Span<double> alliance = stackalloc double[blocs];
        Span<double> partnership = stackalloc double[blocs];
        now.CopyTo(floor);
        floor[^1] = Rules.Entry(match, move, card);
        var effects = match.Events.Effects(c);
        FloorMath.Strengths(c, effects, floor, strengths);
        FloorMath.Labels(floor, strengths, labels);
        FloorMath.Pressures(c, effects, floor, strengths, labels, alliance, partnership);
        return Standing(match.Scenario, alliance, partnership, side) - standingBefore;
    }
}
