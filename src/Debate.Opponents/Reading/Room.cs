using Debate.Core.Adjudication;
using Debate.Core.Audience;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Opponents.Reading;

/// <summary>
/// How much things weigh with the whole room: the audience model's weights, bloc by bloc, averaged
/// by each bloc's share. The common measure behind the debater's and the personas' choices.
/// </summary>
internal static class Room
{
    /// <summary>What an argument on the floor weighs with the room at <paramref name="strength"/>.</summary>
    public static double Weight(Match match, Argument argument, int strength)
    {
        var blocs = match.Scenario.Blocs;
        double total = 0, shares = 0;
        for (var b = 0; b < blocs.Length; b++)
        {
            total += blocs[b].Share * AudienceModel.Weigh(match, b, argument, strength);
            shares += blocs[b].Share;
        }

        return shares <= 0 ? 0 : total / shares;
    }

    /// <summary>The room's weight of <paramref name="side"/>'s standing arguments minus the other side's.</summary>
    public static double Balance(Match match, FloorLabels labels, Side side)
    {
        var blocs = match.Scenario.Blocs;
        double total = 0, shares = 0;
        for (var b = 0; b < blocs.Length; b++)
        {
            var (alliance, partnership) = AudienceModel.Pressure(match, labels, b);
            total += blocs[b].Share * (side == Side.Alliance ? alliance - partnership : partnership - alliance);
            shares += blocs[b].Share;
        }

        return shares <= 0 ? 0 : total / shares;
    }

    /// <summary>The theme of a card that the room weighs most (for reasons read by players).</summary>
    public static string HeaviestTheme(Match match, Card card)
    {
        var best = card.Themes.IsDefaultOrEmpty ? "" : card.Themes[0];
        var bestWeight = -1.0;
        foreach (var theme in card.Themes)
        {
            double w = 0;
            for (var b = 0; b < match.Scenario.Blocs.Length; b++)
            {
                w += match.Scenario.Blocs[b].Share * AudienceModel.Weight(match, b, theme);
            }

            if (w > bestWeight)
            {
                (best, bestWeight) = (theme, w);
            }
        }

        return best;
    }
}
