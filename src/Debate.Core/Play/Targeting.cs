using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// Which arguments a card may be played on: evidence on the speaker's own claims and rebuttals,
/// a rebuttal on the other side's; either must bear on the target: share a theme with it, or name
/// it among the card's targets. A rebuttal that names its target is a direct answer from the
/// sources and lands harder (<see cref="DirectAnswerBonus"/>); sharing a theme keeps every
/// rebuttal in play, so a hand offers real choices.
/// </summary>
public static class Targeting
{
    /// <summary>Extra strength of a rebuttal played on a card it names in its targets.</summary>
    public const int DirectAnswerBonus = 1;

    /// <summary>Null when <paramref name="card"/> may be played by <paramref name="side"/> on <paramref name="target"/>; else why not.</summary>
    public static Rejection? Check(Scenario scenario, Card card, Side side, Argument? target, int targetId)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(card);
        if (target is null)
        {
            return new Rejection(RejectionCode.NoSuchTarget, $"There is no argument #{targetId} on the floor.");
        }

        // The legal case first and without building any text: the reasons below are only for refusals.
        if (Allows(scenario, card, side, target))
        {
            return null;
        }

        if (!target.IsContestable)
        {
            return new Rejection(RejectionCode.WrongTarget, $"#{target.Id} is evidence; play on the claim or rebuttal it supports.");
        }

        var evidence = card.Kind == CardKind.Evidence;
        if (evidence && target.Side != side)
        {
            return new Rejection(RejectionCode.WrongTarget, $"Evidence supports your own side's arguments; #{target.Id} is {target.Side}'s.");
        }

        if (!evidence && target.Side == side)
        {
            return new Rejection(RejectionCode.WrongTarget, $"A rebuttal attacks the other side; #{target.Id} is your own side's argument.");
        }

        var targetCard = scenario.Card(target.Card);
        var named = card.Targets.IsDefaultOrEmpty ? string.Empty : $" and does not name {target.Card} among its targets ({string.Join(", ", card.Targets)})";
        return new Rejection(RejectionCode.DoesNotBear, $"{card.Id} shares no theme with #{target.Id} ({string.Join(", ", targetCard.Themes)}){named}.");
    }

    /// <summary>
    /// Whether <paramref name="card"/> may be played by <paramref name="side"/> on <paramref name="target"/>: the test of
    /// <see cref="Check"/> without its reasons, for the legal-move list and for opponents that search.
    /// </summary>
    public static bool Allows(Scenario scenario, Card card, Side side, Argument target)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(target);
        var c = scenario.Compiled;
        return target.IsContestable
            && (card.Kind == CardKind.Evidence) == (target.Side == side)
            && c.Bears(c.CardIndex(card.Id), c.CardIndex(target.Card));
    }

    /// <summary>Whether a rebuttal argument answers a card its own card names: a direct answer.</summary>
    public static bool IsDirectAnswer(Match match, Argument rebuttal)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(rebuttal);
        if (rebuttal.Kind != CardKind.Rebuttal || rebuttal.Target is not int t)
        {
            return false;
        }

        var c = match.Compiled;
        return c.Names(c.CardIndex(rebuttal.Card), match.FloorEntries[t - 1].Card);
    }
}
