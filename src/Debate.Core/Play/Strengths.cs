using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// Current strength of every argument on the floor: the card's strength, plus its boost while its
/// event is in play, plus the strength effects of events on its themes, plus one for a rebuttal
/// that directly answers a card it names, plus the evidence that supports it. Never below 1.
/// </summary>
public static class Strengths
{
    /// <summary>Strength by argument id minus one (the floor's order).</summary>
    public static int[] Of(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var result = new int[match.FloorCount];
        FloorMath.Strengths(match, result);
        return result;
    }

    /// <summary>An argument's strength before evidence: card, boost, event effects and a direct answer's bonus.</summary>
    public static int Own(Match match, Argument argument)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(argument);
        var c = match.Compiled;
        var card = c.CardIndex(argument.Card);
        var direct = Targeting.IsDirectAnswer(match, argument) ? Targeting.DirectAnswerBonus : 0;
        return Math.Max(1, c.Strength[card] + direct + match.Events.Effects(c).StrengthBonus(card, argument.Side));
    }

    /// <summary>What the events in play add to a card played by <paramref name="side"/>.</summary>
    public static int EventBonus(Match match, Card card, Side side)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(card);
        var c = match.Compiled;
        return match.Events.Effects(c).StrengthBonus(c.CardIndex(card.Id), side);
    }
}
