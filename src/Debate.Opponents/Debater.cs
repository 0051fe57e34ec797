using System.Collections.Immutable;
using System.Globalization;
using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Opponents.Reading;

namespace Debate.Opponents;

/// <summary>
/// The debater: a transparent decision list a student can follow. Answer the most dangerous
/// opposing argument still standing; else strengthen what the room weighs most; else make the
/// strongest claim; else end the speech. Every choice comes with the one line that justifies it.
/// </summary>
public sealed class Debater : IOpponent
{
    /// <summary>How much more a preferred theme counts when a persona falls back on the debater.</summary>
    public const double PreferenceBonus = 1.5;

    private readonly ImmutableHashSet<string> preferred;

    /// <summary>A debater with no preferred themes.</summary>
    public Debater()
        : this([])
    {
    }

    /// <summary>A debater that leans towards <paramref name="preferredThemes"/> when it builds its case.</summary>
    public Debater(IEnumerable<string> preferredThemes) =>
        preferred = [.. preferredThemes ?? throw new ArgumentNullException(nameof(preferredThemes))];

    /// <inheritdoc/>
    public string Name => "debater";

    /// <inheritdoc/>
    public OpponentChoice Choose(PlayerView view, ImmutableArray<Move> legal)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (legal.IsDefaultOrEmpty)
        {
            throw new ArgumentException("An opponent is asked to move only when it has a legal move.", nameof(legal));
        }

        var reading = new FloorReading(view);
        return Answer(reading, legal) ?? Strengthen(reading, legal) ?? Claim(reading, legal) ?? End(legal);
    }

    /// <summary>Rebuts the heaviest standing opposing argument that one of the legal rebuttals defeats.</summary>
    internal static OpponentChoice? Answer(FloorReading reading, ImmutableArray<Move> legal)
    {
        var threats = reading.Standing(reading.Side.Opponent())
            .Select(a => (Argument: a, Danger: reading.Danger(a.Id)))
            .Where(t => t.Danger > 0)
            .OrderByDescending(t => t.Danger).ThenBy(t => t.Argument.Id);
        foreach (var (threat, danger) in threats)
        {
            var target = reading.StrengthOf(threat.Id);
            var best = legal.Where(m => m.Kind == MoveKind.PlayRebuttal && m.Target == threat.Id)
                .Select(m => (Move: m, Card: reading.Scenario.Card(m.Card!.Value)))
                .Select(c => (c.Move, c.Card, Strength: Room.StrengthIfPlayed(reading.Match, c.Card, reading.Side)))
                .Where(c => c.Strength >= target)
                .OrderByDescending(c => c.Strength).ThenBy(c => c.Card.Cost).ThenBy(c => c.Card.Id.Value, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best.Move is not null)
            {
                return new OpponentChoice(best.Move, string.Create(CultureInfo.InvariantCulture,
                    $"Answers #{threat.Id} {reading.Quote(threat.Card)}, the most dangerous standing {threat.Side} argument it can answer (weighs {danger:0.0} with the room): {best.Card.Id} at strength {best.Strength} defeats its {target}."));
            }
        }

        return null;
    }

    private OpponentChoice? Strengthen(FloorReading reading, ImmutableArray<Move> legal)
    {
        var before = reading.Balance();
        OpponentChoice? choice = null;
        var bestScore = 1e-9;
        foreach (var move in legal.Where(m => m.Kind == MoveKind.PlayEvidence))
        {
            var after = Rules.Apply(reading.Match, move).Match;
            var gain = Room.Balance(after, FloorLabels.Of(after), reading.Side) - before;
            var target = reading.Match.Floor[move.Target!.Value - 1];
            var targetCard = reading.CardOf(target);
            var score = gain * (Prefers(targetCard) ? PreferenceBonus : 1);
            if (score > bestScore)
            {
                bestScore = score;
                var theme = Room.HeaviestTheme(reading.Match, targetCard);
                choice = new OpponentChoice(move, string.Create(CultureInfo.InvariantCulture,
                    $"Supports #{target.Id} {reading.Quote(target.Card)} with {move.Card}: the room weighs {theme}, and our standing case gains {gain:0.0}."));
            }
        }

        return choice;
    }

    private OpponentChoice? Claim(FloorReading reading, ImmutableArray<Move> legal)
    {
        var best = legal.Where(m => m.Kind == MoveKind.PlayClaim)
            .Select(m => (Move: m, Card: reading.Scenario.Card(m.Card!.Value)))
            .Select(c => (c.Move, c.Card, Weight: Room.WeightIfPlayed(reading.Match, c.Card, reading.Side, c.Move.Seat)))
            .OrderByDescending(c => c.Weight * (Prefers(c.Card) ? PreferenceBonus : 1))
            .ThenBy(c => c.Card.Cost).ThenBy(c => c.Card.Id.Value, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.Move is null)
        {
            return null;
        }

        var strength = Room.StrengthIfPlayed(reading.Match, best.Card, reading.Side);
        var theme = Room.HeaviestTheme(reading.Match, best.Card);
        return new OpponentChoice(best.Move, string.Create(CultureInfo.InvariantCulture,
            $"Claims {reading.Quote(best.Card.Id)} ({best.Card.Id}, strength {strength}, on {theme}): the strongest claim in hand for this room ({best.Weight:0.0})."));
    }

    private static OpponentChoice End(ImmutableArray<Move> legal) =>
        new(legal.First(m => m.Kind == MoveKind.EndSpeech), "Nothing in hand answers, strengthens or adds to our case: ends the speech.");

    private bool Prefers(Card card) => !preferred.IsEmpty && card.Themes.Any(preferred.Contains);
}
