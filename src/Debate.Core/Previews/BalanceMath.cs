using System.Runtime.CompilerServices;
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
    /// <paramref name="side"/>'s standing balance: the argument the rules would put down
    /// (<see cref="Rules.Entry"/>) added to the floor, then weighed. <paramref name="alliance"/> and
    /// <paramref name="partnership"/> are each bloc's standing weights on the floor now
    /// (<see cref="Pressures"/>) and <paramref name="standingBefore"/> their <see cref="Standing"/>,
    /// worked out once for every move weighed.
    /// </summary>
    public static double Change(
        Match match, ReadOnlySpan<double> alliance, ReadOnlySpan<double> partnership, double standingBefore, Move move, int card, Side side)
    {
        var entry = Rules.Entry(match, move, card);
        return entry.Target == 0
            ? Standalone(match, alliance, partnership, standingBefore, entry, side)
            : Reweighed(match, standingBefore, entry, side);
    }

    /// <summary>
    /// An argument aimed at nothing (a claim) changes no other argument's strength and no label: it
    /// attacks and supports nothing, and nothing answers it yet, so it stands. Coming last on the floor,
    /// it adds its own weight to each bloc's sums after every other argument's, as
    /// <see cref="FloorMath.Pressures(CompiledScenario, EventEffects, ReadOnlySpan{FloorEntry}, ReadOnlySpan{int}, ReadOnlySpan{Label}, Span{double}, Span{double})"/>
    /// would add it: the same figure to the last bit, without weighing the floor again.
    /// </summary>
    [SkipLocalsInit] // Both sums are copied in whole before they are read.
    private static double Standalone(
        Match match, ReadOnlySpan<double> alliance, ReadOnlySpan<double> partnership, double standingBefore, FloorEntry entry, Side side)
    {
        if (!entry.IsContestable)
        {
            return 0;
        }

        var c = match.Compiled;
        var effects = match.Events.Effects(c);
        var blocs = c.BlocCount;
        Span<double> allianceAfter = stackalloc double[blocs];
        Span<double> partnershipAfter = stackalloc double[blocs];
        alliance[..blocs].CopyTo(allianceAfter);
        partnership[..blocs].CopyTo(partnershipAfter);
        var strength = (double)FloorMath.OwnStrength(c, effects, entry);
        var sums = entry.Side == Side.Alliance ? allianceAfter : partnershipAfter;
        var weights = effects.CardWeight;
        var row = entry.Card * blocs;
        for (var b = 0; b < blocs; b++)
        {
            sums[b] += strength * weights[row + b];
        }

        return Standing(match.Scenario, allianceAfter, partnershipAfter, side) - standingBefore;
    }

    /// <summary>Any other argument: the whole floor weighed again with it (strengths, labels, sums).</summary>
    [SkipLocalsInit] // Every buffer is written in whole before it is read: the floor copied, strengths and labels set for each argument, the sums cleared.
    private static double Reweighed(Match match, double standingBefore, FloorEntry entry, Side side)
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
        floor[^1] = entry;
        var effects = match.Events.Effects(c);
        FloorMath.Strengths(c, effects, floor, strengths);
        FloorMath.Labels(floor, strengths, labels);
        FloorMath.Pressures(c, effects, floor, strengths, labels, alliance, partnership);
        return Standing(match.Scenario, alliance, partnership, side) - standingBefore;
    }
}
