using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// A card on the floor: claims, evidence and rebuttals become arguments with an id (#1, #2...),
/// the side and seat that made them, what they support or attack, and the speech they were made in.
/// </summary>
public sealed record Argument(int Id, CardId Card, Side Side, int Seat, CardKind Kind, int? Target, int Speech)
{
    /// <summary>Claims and rebuttals can be attacked and weigh with the audience; evidence only supports.</summary>
    public bool IsContestable => Kind is CardKind.Claim or CardKind.Rebuttal;
}
