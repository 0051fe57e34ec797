using System.Collections.Immutable;
using System.Globalization;
using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Opponents.Reading;

namespace Debate.Opponents;

/// <summary>
/// The debater: a transparent decision list a student can follow. Answer the most dangerous
/// opposing argument still standing (the one that costs this side most with the room); else build
/// the case where the room weighs most (the evidence or claim that adds most standing weight per
/// unit of time); else make the strongest claim; else end the speech. Every choice comes with the
/// one line that justifies it, and every measure is one a student can redo by hand from the board.
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
        return Answer(reading, legal) ?? Build(reading, legal) ?? Claim(reading, legal) ?? End(legal);
    }

    /// <summary>
    /// Rebuts the opposing argument that costs this side most with the room (its own weight plus the
    /// weight of ours it brings down), among those a legal rebuttal defeats.
    /// </summary>
    private static OpponentChoice? Answer(FloorReading reading, ImmutableArray<Move> legal)
    {
        var before = reading.Balance();
        (Move Move, double Gain)? best = null;
        foreach (var move in legal.Where(m => m.Kind == MoveKind.PlayRebuttal))
        {
            var gain = Gain(reading, move, before);
            if (gain > 1e-9 && (best is null || gain > best.Value.Gain + 1e-9))
            {
                best = (move, gain);
            }
        }

        if (best is not { } chosen)
        {
            return null;
        }

        var threat = reading.Match.Floor[chosen.Move.Target!.Value - 1];
        var card = reading.Scenario.Card(chosen.Move.Card!.Value);
        return new OpponentChoice(chosen.Move, string.Create(CultureInfo.InvariantCulture,
            $"Answers #{threat.Id} {reading.Quote(threat.Card)}, the standing {threat.Side} argument that costs us most with the room: {card.Id} at strength {Room.StrengthIfPlayed(reading.Match, card, reading.Side)} defeats its {reading.StrengthOf(threat.Id)}, and our standing case gains {chosen.Gain:0.0}."));
    }

    /// <summary>The evidence or claim that adds most to this side's standing weight per unit of time.</summary>
    private OpponentChoice? Build(FloorReading reading, ImmutableArray<Move> legal)
    {
        var before = reading.Balance();
        OpponentChoice? choice = null;
        var bestScore = 1e-9;
        foreach (var move in legal.Where(m => m.Kind is MoveKind.PlayEvidence or MoveKind.PlayClaim))
        {
            var gain = Gain(reading, move, before);
            var card = reading.Scenario.Card(move.Card!.Value);
            var score = gain * (Prefers(card) ? PreferenceBonus : 1) / Math.Max(1, card.Cost);
            if (score <= bestScore + 1e-9)
            {
                continue;
            }

            bestScore = score;
            if (move.Kind == MoveKind.PlayClaim)
            {
                var theme = Room.HeaviestTheme(reading.Match, card);
                choice = new OpponentChoice(move, string.Create(CultureInfo.InvariantCulture,
                    $"Claims {reading.Quote(card.Id)} ({card.Id}, strength {Room.StrengthIfPlayed(reading.Match, card, reading.Side)}, on {theme}): it adds most to our standing case with this room ({gain:0.0})."));
            }
            else
            {
                var target = reading.Match.Floor[move.Target!.Value - 1];
                var theme = Room.HeaviestTheme(reading.Match, reading.CardOf(target));
                choice = new OpponentChoice(move, string.Create(CultureInfo.InvariantCulture,
                    $"Supports #{target.Id} {reading.Quote(target.Card)} with {move.Card}: the room weighs {theme}, and our standing case gains {gain:0.0}."));
            }
        }

        return choice;
    }

    /// <summary>How much the room's standing weight for this side (ours minus theirs) grows if <paramref name="move"/> is made.</summary>
    private static double Gain(FloorReading reading, Move move, double before)
    {
        var after = Rules.Apply(reading.Match, move).Match;
        return Room.Balance(after, FloorLabels.Of(after), reading.Side) - before;
    }

    /// <summary>When nothing adds weight (the room ignores every theme in hand), the strongest claim all the same.</summary>
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
