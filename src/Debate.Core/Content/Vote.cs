namespace Debate.Core.Content;

/// <summary>A bloc's split, in percent of the bloc: for the motion, against it, undecided.</summary>
public sealed record Vote(double For, double Against, double Undecided)
{
    /// <summary>The percentage this vote gives <paramref name="side"/> (For is Alliance, Against is Partnership).</summary>
    public double Of(Side side) => side == Side.Alliance ? For : Against;
}
