namespace Debate.Core.Content;

/// <summary>Small conveniences over <see cref="Side"/> and <see cref="CardSide"/>.</summary>
public static class SideExtensions
{
    /// <summary>The side across the floor.</summary>
    public static Side Opponent(this Side side) => side == Side.Alliance ? Side.Partnership : Side.Alliance;

    /// <summary>Whether a card of this side may be played by a debater of <paramref name="speaker"/>.</summary>
    public static bool PlayableBy(this CardSide cardSide, Side speaker) =>
        cardSide == CardSide.Either || (int)cardSide == (int)speaker;
}
