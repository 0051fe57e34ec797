namespace Debate.Core.Content;

/// <summary>The question under debate and what each side maintains.</summary>
public sealed record Motion(string Text, string AllianceCase, string PartnershipCase)
{
    /// <summary>What <paramref name="side"/> maintains.</summary>
    public string CaseOf(Side side) => side == Side.Alliance ? AllianceCase : PartnershipCase;
}
