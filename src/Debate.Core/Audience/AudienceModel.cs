using System.Collections.Immutable;
using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Core.Audience;

/// <summary>
/// How the room listens. After each speech every bloc weighs each side's standing claims and
/// rebuttals (strength times the bloc's weight on the argument's weightiest theme, events
/// included) and leans towards the heavier side: it wins over part of its undecided members and a
/// smaller part of those against.
/// </summary>
public static class AudienceModel
{
    /// <summary>The weight difference at which a bloc is half persuaded.</summary>
    public const double Scale = 20;

    /// <summary>The most of a bloc's undecided members one speech can win over.</summary>
    public const double Rate = 0.3;

    /// <summary>Converts from the other side at half the rate of the undecided.</summary>
    public const double ConvertShare = 0.5;

    /// <summary>A bloc's weight on a theme, with the events in play.</summary>
    public static int Weight(Match match, int bloc, string theme)
    {
        ArgumentNullException.ThrowIfNull(match);
        var b = match.Scenario.Blocs[bloc];
        var tables = ThemeWeights.Of(match.Scenario);
        var weight = tables.Base(bloc, theme);
        foreach (var eventId in match.EventsInPlay)
        {
            foreach (var e in tables.EffectsOf(eventId))
            {
                if (e.Theme == theme && (e.Bloc is null || e.Bloc == b.Id))
                {
                    weight += e.Delta;
                }
            }
        }

        return Math.Max(0, weight);
    }

    /// <summary>What one standing argument weighs with a bloc.</summary>
    public static double Weigh(Match match, int bloc, Argument argument, int strength)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(argument);
        var best = 0;
        foreach (var theme in match.Scenario.Card(argument.Card).Themes)
        {
            best = Math.Max(best, Weight(match, bloc, theme));
        }

        return (double)strength * best;
    }

    /// <summary>The weight of each side's standing arguments with a bloc.</summary>
    public static (double Alliance, double Partnership) Pressure(Match match, FloorLabels labels, int bloc)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(labels);
        double alliance = 0, partnership = 0;
        foreach (var a in match.Floor)
        {
            if (!a.IsContestable || labels.Labels[a.Id - 1] != Label.Standing)
            {
                continue;
            }

            var w = Weigh(match, bloc, a, labels.Strengths[a.Id - 1]);
            if (a.Side == Side.Alliance)
            {
                alliance += w;
            }
            else
            {
                partnership += w;
            }
        }

        return (alliance, partnership);
    }

    /// <summary>The audience after a speech: every bloc leans by the pressure it feels.</summary>
    public static ImmutableArray<Vote> Lean(Match match, FloorLabels labels)
    {
        ArgumentNullException.ThrowIfNull(match);
        var votes = ImmutableArray.CreateBuilder<Vote>(match.Audience.Length);
        for (var b = 0; b < match.Audience.Length; b++)
        {
            var (alliance, partnership) = Pressure(match, labels, b);
            votes.Add(Move(match.Audience[b], alliance - partnership));
        }

        return votes.MoveToImmutable();
    }

    /// <summary>
    /// Moves a vote by a pull in (-1, 1): x / (1 + |x|) rather than tanh, because it is exact
    /// arithmetic and so gives the same bits on every machine (replays compare state hashes).
    /// </summary>
    public static Vote Move(Vote vote, double difference)
    {
        ArgumentNullException.ThrowIfNull(vote);
        var x = difference / Scale;
        var pull = x / (1 + Math.Abs(x));
        if (pull > 0)
        {
            var fromUndecided = Rate * pull * vote.Undecided;
            var fromAgainst = Rate * ConvertShare * pull * vote.Against;
            return new Vote(vote.For + fromUndecided + fromAgainst, vote.Against - fromAgainst, vote.Undecided - fromUndecided);
        }

        if (pull < 0)
        {
            var fromUndecided = -Rate * pull * vote.Undecided;
            var fromFor = -Rate * ConvertShare * pull * vote.For;
            return new Vote(vote.For - fromFor, vote.Against + fromUndecided + fromFor, vote.Undecided - fromUndecided);
        }

        return vote;
    }
}
