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
        var floor = match.Floor;
        var result = new int[floor.Length];
        for (var i = 0; i < floor.Length; i++)
        {
            result[i] = Own(match, floor[i]);
        }

        for (var i = 0; i < floor.Length; i++)
        {
            var a = floor[i];
            if (a.Kind == CardKind.Evidence && a.Target is int t)
            {
                result[t - 1] += result[i];
            }
        }

        return result;
    }

    /// <summary>An argument's strength before evidence: card, boost, event effects and a direct answer's bonus.</summary>
    public static int Own(Match match, Argument argument)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(argument);
        var card = match.Scenario.Card(argument.Card);
        var direct = Targeting.IsDirectAnswer(match, argument) ? Targeting.DirectAnswerBonus : 0;
        return Math.Max(1, card.Strength + direct + EventBonus(match, card, argument.Side));
    }

    /// <summary>What the events in play add to a card played by <paramref name="side"/>.</summary>
    public static int EventBonus(Match match, Card card, Side side)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(card);
        var bonus = 0;
        foreach (var eventId in match.EventsInPlay)
        {
            if (card.Boost is { } boost && boost.Event == eventId)
            {
                bonus += boost.Delta;
            }

            foreach (var effect in match.Scenario.Card(eventId).Effects)
            {
                if (effect.Kind == EffectKind.Strength && (effect.Side is null || effect.Side == side) && card.Themes.Contains(effect.Theme))
                {
                    bonus += effect.Delta;
                }
            }
        }

        return bonus;
    }
}
