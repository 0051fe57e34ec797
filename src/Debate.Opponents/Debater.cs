using System.Collections.Immutable;
using System.Globalization;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Opponents.Reading;

namespace Debate.Opponents;

/// <summary>
/// The debater: a transparent decision list a student can follow. Answer first: the rebuttal that
/// gains this side's standing case most with the room (by defeating what weighs against us, or at
/// least by standing as an argument of ours); else build the case where the room weighs most (the
/// evidence or claim that adds most standing weight per unit of time); else make the strongest
/// claim; else end the speech. Every figure comes from the preview of the move, the one calculation
/// the rules then carry out, so each reason says only what the floor will show.
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

        return Choose(new FloorReading(view, legal));
    }

    internal OpponentChoice Choose(FloorReading reading) =>
        Answer(reading) ?? Build(reading) ?? Claim(reading) ?? End(reading);

    // Each step weighs every candidate by its gain alone (the preview's balance change, worked out
    // without the rest of the preview) and previews only the move it makes, when its reason is read.

    /// <summary>The rebuttal that gains most for this side's standing case with the room.</summary>
    private static OpponentChoice? Answer(FloorReading reading)
    {
        (Move Move, double Gain)? best = null;
        foreach (var move in reading.Legal)
        {
            if (move.Kind != MoveKind.PlayRebuttal)
            {
                continue;
            }

            var gain = reading.Gain(move);
            if (gain > 1e-9 && (best is null || gain > best.Value.Gain + 1e-9))
            {
                best = (move, gain);
            }
        }

        if (best is not { } chosen)
        {
            return null;
        }

        return new OpponentChoice(chosen.Move, () =>
        {
            // A rebuttal too weak to defeat its target still stands, unanswered, as an argument of ours: say so.
            var preview = reading.PreviewOf(chosen.Move);
            var why = preview.Attack!.Defeats ? string.Empty : ", yet the rebuttal stands as an argument of ours";
            return string.Create(CultureInfo.InvariantCulture,
                $"{MoveText.Said(reading, preview)}{why}; our standing case gains {chosen.Gain:0.0}, the most of any rebuttal open to us.");
        });
    }

    /// <summary>The evidence or claim that adds most to this side's standing weight per unit of time.</summary>
    private OpponentChoice? Build(FloorReading reading)
    {
        (Move Move, double Gain, Card Card)? best = null;
        var bestScore = 1e-9;
        foreach (var move in reading.Legal)
        {
            if (move.Kind is not (MoveKind.PlayEvidence or MoveKind.PlayClaim))
            {
                continue;
            }

            var gain = reading.Gain(move);
            var card = reading.CardOf(move);
            var score = gain * (Prefers(card) ? PreferenceBonus : 1) / Math.Max(1, card.Cost);
            if (score > bestScore + 1e-9)
            {
                (best, bestScore) = ((move, gain, card), score);
            }
        }

        if (best is not { } chosen)
        {
            return null;
        }

        var preference = Prefers(chosen.Card) ? ", counting our preferred themes half as much again" : string.Empty;
        return new OpponentChoice(chosen.Move, () =>
        {
            var preview = reading.PreviewOf(chosen.Move);
            var weighed = chosen.Move.Kind == MoveKind.PlayClaim
                ? chosen.Card
                : reading.CardOf(reading.Match.Floor[chosen.Move.Target!.Value - 1]);
            var theme = Room.HeaviestTheme(reading.Match, weighed);
            return string.Create(CultureInfo.InvariantCulture,
                $"{MoveText.Said(reading, preview)}. The room weighs {theme}, and our standing case gains {chosen.Gain:0.0}, the most for its time{preference}.");
        });
    }

    /// <summary>When nothing adds weight (the room ignores every theme in hand), the strongest claim all the same.</summary>
    private OpponentChoice? Claim(FloorReading reading)
    {
        var best = reading.OfKind(MoveKind.PlayClaim)
            .Select(p => (Preview: p, Card: reading.CardOf(p.Move)))
            .Select(c => (c.Preview, c.Card, Weight: Room.Weight(reading.Match, c.Preview.Argument!, c.Preview.Strength!.Total)))
            .OrderByDescending(c => c.Weight * (Prefers(c.Card) ? PreferenceBonus : 1))
            .ThenBy(c => c.Card.Cost).ThenBy(c => c.Card.Id.Value, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.Preview is null)
        {
            return null;
        }

        return new OpponentChoice(best.Preview.Move, () =>
        {
            var theme = Room.HeaviestTheme(reading.Match, best.Card);
            return string.Create(CultureInfo.InvariantCulture,
                $"{MoveText.Said(reading, best.Preview)}, on {theme}. Nothing in hand adds to our standing case with this room, so the claim it would weigh most ({best.Weight:0.0}).");
        });
    }

    private static OpponentChoice End(FloorReading reading)
    {
        var end = reading.Legal.First(m => m.Kind == MoveKind.EndSpeech);
        return new(end, () => $"Nothing in hand answers, strengthens or adds to our case. {MoveText.Said(reading, reading.PreviewOf(end))}.");
    }

    private bool Prefers(Card card) => !preferred.IsEmpty && card.Themes.Any(preferred.Contains);
}
