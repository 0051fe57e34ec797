using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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
        ArgumentNullException.ThrowIfNull(theme);
        var c = match.Compiled;
        if (c.ThemeIndex.TryGetValue(theme, out var t))
        {
            return match.Events.Effects(c).Weight[(bloc * c.ThemeNames.Length) + t];
        }

        // A theme no card or event mentions: only the bloc's own weight can apply.
        return Math.Max(0, match.Scenario.Blocs[bloc].WeightOf(theme));
    }

    /// <summary>What one standing argument weighs with a bloc.</summary>
    public static double Weigh(Match match, int bloc, Argument argument, int strength)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(argument);
        var c = match.Compiled;
        return (double)strength * match.Events.Effects(c).CardWeight[(c.CardIndex(argument.Card) * c.BlocCount) + bloc];
    }

    /// <summary>The weight of each side's standing arguments with a bloc.</summary>
    public static (double Alliance, double Partnership) Pressure(Match match, FloorLabels labels, int bloc)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(labels);
        var c = match.Compiled;
        var weights = match.Events.Effects(c).CardWeight;
        var floor = match.FloorEntries;
        double alliance = 0, partnership = 0;
        for (var i = 0; i < floor.Length; i++)
        {
            var a = floor[i];
            if (!a.IsContestable || labels.Labels[i] != Label.Standing)
            {
                continue;
            }

            var w = (double)labels.Strengths[i] * weights[(a.Card * c.BlocCount) + bloc];
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
        if (!(pull > 0) && !(pull < 0))
        {
            return vote;
        }

        Span<double> moved = stackalloc double[3];
        Pull(vote.For, vote.Against, vote.Undecided, difference, moved);
        return new Vote(moved[0], moved[1], moved[2]);
    }

    /// <summary>
    /// <see cref="Move(Vote, double)"/> on plain numbers, the same arithmetic to the bit, for projections
    /// that lean a bloc several times (a search's outlook) without making a vote each time.
    /// </summary>
    public static (double For, double Against, double Undecided) Move(double @for, double against, double undecided, double difference)
    {
        Span<double> moved = stackalloc double[3];
        Pull(@for, against, undecided, difference, moved);
        return (moved[0], moved[1], moved[2]);
    }

    /// <summary>The arithmetic of <see cref="Move(Vote, double)"/> on plain numbers: for, against, undecided into <paramref name="moved"/>.</summary>
    // Optimised at its first call, not tiered: see Debate.Core.Play.SpeechEnd.Apply.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Pull(double @for, double against, double undecided, double difference, Span<double> moved)
    {
        var x = difference / Scale;
        var pull = x / (1 + Math.Abs(x));
        if (pull > 0)
        {
            var fromUndecided = Rate * pull * undecided;
            var fromAgainst = Rate * ConvertShare * pull * against;
            (moved[0], moved[1], moved[2]) = (@for + fromUndecided + fromAgainst, against - fromAgainst, undecided - fromUndecided);
        }
        else if (pull < 0)
        {
            var fromUndecided = -Rate * pull * undecided;
            var fromFor = -Rate * ConvertShare * pull * @for;
            (moved[0], moved[1], moved[2]) = (@for - fromFor, against + fromUndecided + fromFor, undecided - fromUndecided);
        }
        else
        {
            (moved[0], moved[1], moved[2]) = (@for, against, undecided);
        }
    }
}
