using System.Collections.Immutable;
using System.Globalization;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Previews;
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

    /// <summary>The rebuttal that gains most for this side's standing case with the room.</summary>
    private static OpponentChoice? Answer(FloorReading reading)
    {
        (MovePreview Preview, double Gain)? best = null;
        foreach (var preview in reading.OfKind(MoveKind.PlayRebuttal))
        {
            var gain = preview.BalanceChange(reading.Side);
            if (gain > 1e-9 && (best is null || gain > best.Value.Gain + 1e-9))
            {
                best = (preview, gain);
            }
        }

        if (best is not { } chosen)
        {
            return null;
        }

        // A rebuttal too weak to defeat its target still stands, unanswered, as an argument of ours: say so.
        var why = chosen.Preview.Attack!.Defeats ? string.Empty : ", yet the rebuttal stands as an argument of ours";
        return new OpponentChoice(chosen.Preview.Move, string.Create(CultureInfo.InvariantCulture,
            $"{MoveText.Said(reading, chosen.Preview)}{why}; our standing case gains {chosen.Gain:0.0}, the most of any rebuttal open to us."));
    }

    /// <summary>The evidence or claim that adds most to this side's standing weight per unit of time.</summary>
    private OpponentChoice? Build(FloorReading reading)
    {
        (MovePreview Preview, double Gain, Card Card)? best = null;
        var bestScore = 1e-9;
        foreach (var preview in reading.Where(m => m.Kind is MoveKind.PlayEvidence or MoveKind.PlayClaim))
        {
            var gain = preview.BalanceChange(reading.Side);
            var card = reading.Scenario.Card(preview.Move.Card!.Value);
            var score = gain * (Prefers(card) ? PreferenceBonus : 1) / Math.Max(1, card.Cost);
            if (score > bestScore + 1e-9)
            {
                (best, bestScore) = ((preview, gain, card), score);
            }
        }

        if (best is not { } chosen)
        {
            return null;
        }

        var weighed = chosen.Preview.Move.Kind == MoveKind.PlayClaim
            ? chosen.Card
            : reading.CardOf(reading.Match.Floor[chosen.Preview.Move.Target!.Value - 1]);
        var theme = Room.HeaviestTheme(reading.Match, weighed);
        var preference = Prefers(chosen.Card) ? ", counting our preferred themes half as much again" : string.Empty;
        return new OpponentChoice(chosen.Preview.Move, string.Create(CultureInfo.InvariantCulture,
            $"{MoveText.Said(reading, chosen.Preview)}. The room weighs {theme}, and our standing case gains {chosen.Gain:0.0}, the most for its time{preference}."));
    }

    /// <summary>When nothing adds weight (the room ignores every theme in hand), the strongest claim all the same.</summary>
    private OpponentChoice? Claim(FloorReading reading)
    {
        var best = reading.OfKind(MoveKind.PlayClaim)
            .Select(p => (Preview: p, Card: reading.Scenario.Card(p.Move.Card!.Value)))
            .Select(c => (c.Preview, c.Card, Weight: Room.Weight(reading.Match, c.Preview.Argument!, c.Preview.Strength!.Total)))
            .OrderByDescending(c => c.Weight * (Prefers(c.Card) ? PreferenceBonus : 1))
            .ThenBy(c => c.Card.Cost).ThenBy(c => c.Card.Id.Value, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.Preview is null)
        {
            return null;
        }

        var theme = Room.HeaviestTheme(reading.Match, best.Card);
        return new OpponentChoice(best.Preview.Move, string.Create(CultureInfo.InvariantCulture,
            $"{MoveText.Said(reading, best.Preview)}, on {theme}. Nothing in hand adds to our standing case with this room, so the claim it would weigh most ({best.Weight:0.0})."));
    }

    private static OpponentChoice End(FloorReading reading)
    {
        var end = reading.OfKind(MoveKind.EndSpeech).First();
        return new(end.Move, $"Nothing in hand answers, strengthens or adds to our case. {MoveText.Said(reading, end)}.");
    }

    private bool Prefers(Card card) => !preferred.IsEmpty && card.Themes.Any(preferred.Contains);
}
