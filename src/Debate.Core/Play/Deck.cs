using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>A shuffled pile and how many cards have been drawn from it; drawing copies nothing.</summary>
public sealed record Deck(ImmutableArray<CardId> Order, int Drawn)
{
    /// <summary>Cards left to draw.</summary>
    public int Left => Order.Length - Drawn;

    /// <summary>Draws up to <paramref name="count"/> cards from the top.</summary>
    public (Deck Deck, ImmutableArray<CardId> Cards) Draw(int count)
    {
        var n = Math.Min(count, Left);
        return n <= 0 ? (this, []) : (this with { Drawn = Drawn + n }, Order.Slice(Drawn, n));
    }
}
