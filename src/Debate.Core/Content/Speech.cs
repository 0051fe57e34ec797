using System.Collections.Immutable;

namespace Debate.Core.Content;

/// <summary>
/// One speech of the phase script: which side speaks, which kinds of card it may play, its time
/// budget and how many cards the speaker draws before it begins.
/// </summary>
public sealed record Speech(Side Side, ImmutableArray<CardKind> Allowed, int Time, int Draw)
{
    /// <summary>Whether cards of <paramref name="kind"/> may be played in this speech.</summary>
    public bool Allows(CardKind kind) => Allowed.Contains(kind);
}
