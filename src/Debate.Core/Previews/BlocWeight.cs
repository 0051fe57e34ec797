using Debate.Core.Content;

namespace Debate.Core.Previews;

/// <summary>
/// What each side's standing arguments weigh with one bloc before and after a move: the pressure
/// the audience model leans the bloc by when a speech ends.
/// </summary>
public sealed record BlocWeight(string BlocId, string Name, int Share, double AllianceBefore, double PartnershipBefore, double AllianceAfter, double PartnershipAfter)
{
    /// <summary>The standing weight of <paramref name="side"/> before the move.</summary>
    public double Before(Side side) => side == Side.Alliance ? AllianceBefore : PartnershipBefore;

    /// <summary>The standing weight of <paramref name="side"/> after the move.</summary>
    public double After(Side side) => side == Side.Alliance ? AllianceAfter : PartnershipAfter;

    /// <summary>How much the standing weight of <paramref name="side"/> changes.</summary>
    public double Change(Side side) => After(side) - Before(side);

    /// <summary>The side whose standing arguments weigh more with the bloc after the move, or null when level.</summary>
    public Side? LeadsAfter => AllianceAfter > PartnershipAfter ? Side.Alliance : PartnershipAfter > AllianceAfter ? Side.Partnership : null;

    /// <summary>The side whose standing arguments weighed more with the bloc before the move, or null when level.</summary>
    public Side? LeadsBefore => AllianceBefore > PartnershipBefore ? Side.Alliance : PartnershipBefore > AllianceBefore ? Side.Partnership : null;
}
