using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Debate.Core.Play;

namespace Debate.Core.Adjudication;

/// <summary>Each side's swing over the whole room: bloc swings weighted by bloc share.</summary>
public static class Swings
{
    /// <summary>Bloc by bloc, from the opening vote to the audience now.</summary>
    public static ImmutableArray<BlocSwing> Of(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var blocs = match.Scenario.Blocs;
        var result = ImmutableArray.CreateBuilder<BlocSwing>(blocs.Length);
        for (var i = 0; i < blocs.Length; i++)
        {
            var open = blocs[i].Opening;
            var close = match.Audience[i];
            result.Add(new BlocSwing(
                blocs[i].Id, blocs[i].Name, blocs[i].Share, open, close,
                BlocSwing.Normalised(open.For, close.For), BlocSwing.Normalised(open.Against, close.Against)));
        }

        return result.MoveToImmutable();
    }

    /// <summary>
    /// <see cref="Total"/> of <see cref="Of"/> without making the bloc swings: the same sums in the
    /// same order, for simulations that only need the two figures.
    /// </summary>
    // Optimised at its first call, not tiered: see Debate.Core.Play.SpeechEnd.Apply.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (double Alliance, double Partnership) TotalOf(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var blocs = match.Scenario.Blocs;
        var close = match.AudienceValues;
        double shares = 0, alliance = 0, partnership = 0;
        for (var i = 0; i < blocs.Length; i++)
        {
            var open = blocs[i].Opening;
            shares += blocs[i].Share;
            alliance += blocs[i].Share * BlocSwing.Normalised(open.For, close[i * 3]);
            partnership += blocs[i].Share * BlocSwing.Normalised(open.Against, close[(i * 3) + 1]);
        }

        return shares <= 0 ? (0, 0) : (alliance / shares, partnership / shares);
    }

    /// <summary>Share-weighted swing of each side.</summary>
    public static (double Alliance, double Partnership) Total(ImmutableArray<BlocSwing> blocs)
    {
        double shares = 0, alliance = 0, partnership = 0;
        foreach (var b in blocs)
        {
            shares += b.Share;
            alliance += b.Share * b.AllianceSwing;
            partnership += b.Share * b.PartnershipSwing;
        }

        return shares <= 0 ? (0, 0) : (alliance / shares, partnership / shares);
    }
}
