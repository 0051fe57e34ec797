using Debate.Core.Adjudication;
using Debate.Core.Audience;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Previews;

namespace Debate.Opponents.Search;

/// <summary>
/// The champion's cheap judgement of a position: if the floor stayed as it is, how would the room
/// vote after the speeches still to come? Each remaining speech end at which the room leans (once
/// it has heard both sides) leans every bloc by the pressure it feels now; the projected swings
/// give the margin, squashed into a value in [0, 1].
/// </summary>
internal static class Outlook
{
    /// <summary>Margins of this size (in normalised swing) count as three quarters of a win.</summary>
    public const double Scale = 0.05;

    /// <summary>The value of <paramref name="match"/> for Alliance, in [0, 1].</summary>
    public static double ForAlliance(Match match)
    {
        var margin = Margin(match);
        return 0.5 + (0.5 * margin / (Math.Abs(margin) + Scale));
    }

    /// <summary>Projected Alliance swing minus Partnership swing at the verdict.</summary>
    /// <remarks>
    /// Works on the engine's form of the match (its floor entries and audience figures) with the
    /// engine's own floor arithmetic: the same sums in the same order as <see cref="FloorLabels.Of"/>
    /// and <see cref="AudienceModel.Pressure"/>, without making their public values at every leaf.
    /// </remarks>
    public static double Margin(Match match)
    {
        var blocs = match.Scenario.Blocs;
        var leans = match.IsOver ? 0 : LeansLeft(match);
        Span<double> alliancePressure = stackalloc double[blocs.Length];
        Span<double> partnershipPressure = stackalloc double[blocs.Length];
        if (leans > 0)
        {
            BalanceMath.Pressures(match, alliancePressure, partnershipPressure);
        }

        double shares = 0, alliance = 0, partnership = 0;
        var audience = match.AudienceValues;
        Span<double> vote = stackalloc double[3];
        for (var b = 0; b < blocs.Length; b++)
        {
            audience.Slice(b * 3, 3).CopyTo(vote);
            for (var i = 0; i < leans; i++)
            {
                AudienceModel.Pull(vote[0], vote[1], vote[2], alliancePressure[b] - partnershipPressure[b], vote);
            }

            var open = blocs[b].Opening;
            shares += blocs[b].Share;
            alliance += blocs[b].Share * BlocSwing.Normalised(open.For, vote[0]);
            partnership += blocs[b].Share * BlocSwing.Normalised(open.Against, vote[1]);
        }

        return shares <= 0 ? 0 : (alliance - partnership) / shares;
    }

    /// <summary>Speech ends still to come at which the room will lean (it waits until it has heard both sides).</summary>
    public static int LeansLeft(Match match)
    {
        var leans = 0;
        foreach (var slot in match.Scenario.Speeches.AsSpan()[match.SpeechIndex..])
        {
            leans += slot.AudienceLeans ? 1 : 0;
        }

        return leans;
    }
}
