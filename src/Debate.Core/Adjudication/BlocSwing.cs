using Debate.Core.Content;

namespace Debate.Core.Adjudication;

/// <summary>
/// One bloc's move between the opening and the closing vote. Each side's swing is its gain
/// divided by the room it had left to gain (100 minus its opening share), so a side that starts
/// behind has no built-in edge; a loss counts against the share it had.
/// </summary>
public sealed record BlocSwing(string BlocId, string Name, int Share, Vote Opening, Vote Closing, double AllianceSwing, double PartnershipSwing)
{
    /// <summary>A side's normalised swing, from -1 to 1.</summary>
    public static double Normalised(double opening, double closing)
    {
        var gain = closing - opening;
        if (gain >= 0)
        {
            return opening >= 100 ? 0 : gain / (100 - opening);
        }

        return opening <= 0 ? 0 : gain / opening;
    }

    /// <summary>The swing of <paramref name="side"/>.</summary>
    public double SwingOf(Side side) => side == Side.Alliance ? AllianceSwing : PartnershipSwing;
}
