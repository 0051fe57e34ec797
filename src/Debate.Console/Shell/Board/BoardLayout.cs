using System.Drawing;

namespace Debate.Console.Shell.Board;

/// <summary>
/// Where each part of the board goes for a screen of a given size. On the left the floor over the
/// hand; on the right the audience over the reading panel; the header across the top and the last
/// moves (or a message) across the bottom. A larger screen gives every part more rows and columns.
/// </summary>
internal sealed record BoardLayout(Rectangle Header, Rectangle Floor, Rectangle Hand, Rectangle Audience, Rectangle Detail, Rectangle Bottom)
{
    /// <param name="width">The board's width.</param>
    /// <param name="height">The board's height (the key bar excluded).</param>
    /// <param name="headerRows">Rows the header needs.</param>
    /// <param name="blocs">Audience blocs (one row each, after the room's row).</param>
    /// <param name="handRows">Rows the hand (or what stands in for it) would like.</param>
    /// <param name="bottomRows">Rows the bottom needs now (the log, or a long message).</param>
    public static BoardLayout For(int width, int height, int headerRows, int blocs, int handRows, int bottomRows)
    {
        var right = width >= 140 ? 52 : width >= 120 ? 46 : width >= 100 ? 38 : 31;
        var left = width - right - 1;
        var top = headerRows;
        var bottom = Math.Clamp(bottomRows, 1, 4);
        var band = Math.Max(8, height - top - bottom);
        var hand = Math.Clamp(handRows + 1, 4, Math.Max(4, band - 5));
        var floor = band - hand;
        var audience = Math.Min(band - 5, blocs + 2);
        return new BoardLayout(
            new Rectangle(0, 0, width, top),
            new Rectangle(0, top, left, floor),
            new Rectangle(0, top + floor, left, hand),
            new Rectangle(left + 1, top, right, audience),
            new Rectangle(left + 1, top + audience, right, band - audience),
            new Rectangle(0, top + band, width, height - top - band));
    }
}
