using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Opponents.Reading;

namespace Debate.Opponents.Personas;

/// <summary>
/// The <c>then</c> of a persona rule: the legal move it names, or null when none of the legal moves
/// fits (and the persona goes on to its next rule). Ties go to the persona's preferred themes.
/// </summary>
internal static class PersonaActions
{
    public static Move? Pick(PersonaRule rule, FloorReading reading, ImmutableArray<Move> legal, ImmutableHashSet<string> preferred) => rule.Then switch
    {
        PersonaAction.RebutStrongest => RebutStrongest(reading, legal),
        PersonaAction.SupportWeakest => SupportWeakest(reading, legal, preferred),
        PersonaAction.ClaimOnTheme => StrongestClaim(reading, legal, preferred, rule.Theme),
        PersonaAction.StrongestClaim => StrongestClaim(reading, legal, preferred, null),
        PersonaAction.EndSpeech => legal.FirstOrDefault(m => m.Kind == MoveKind.EndSpeech),
        _ => null,
    };

    /// <summary>The strongest standing opposing argument that a legal rebuttal defeats, with the strongest such rebuttal.</summary>
    private static Move? RebutStrongest(FloorReading reading, ImmutableArray<Move> legal)
    {
        var targets = reading.Standing(reading.Side.Opponent())
            .OrderByDescending(a => reading.StrengthOf(a.Id)).ThenByDescending(a => reading.Danger(a.Id)).ThenBy(a => a.Id);
        foreach (var target in targets)
        {
            var move = legal.Where(m => m.Kind == MoveKind.PlayRebuttal && m.Target == target.Id)
                .Select(m => (Move: m, Strength: Room.StrengthIfPlayed(reading.Match, reading.Scenario.Card(m.Card!.Value), reading.Side)))
                .Where(c => c.Strength >= reading.StrengthOf(target.Id))
                .OrderByDescending(c => c.Strength).ThenBy(c => c.Move.Card!.Value.Value, StringComparer.Ordinal)
                .Select(c => c.Move).FirstOrDefault();
            if (move is not null)
            {
                return move;
            }
        }

        return null;
    }

    /// <summary>Evidence on the weakest own argument that does not stand, else on the weakest own argument.</summary>
    private static Move? SupportWeakest(FloorReading reading, ImmutableArray<Move> legal, ImmutableHashSet<string> preferred) =>
        legal.Where(m => m.Kind == MoveKind.PlayEvidence)
            .OrderBy(m => reading.Labels.Stands(m.Target!.Value) ? 1 : 0)
            .ThenBy(m => reading.StrengthOf(m.Target!.Value))
            .ThenByDescending(m => Prefers(reading.CardOf(reading.Match.Floor[m.Target!.Value - 1]), preferred))
            .ThenBy(m => m.Target).ThenBy(m => m.Card!.Value.Value, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>The strongest legal claim (on <paramref name="theme"/> when given); preferred themes break ties.</summary>
    private static Move? StrongestClaim(FloorReading reading, ImmutableArray<Move> legal, ImmutableHashSet<string> preferred, string? theme) =>
        legal.Where(m => m.Kind == MoveKind.PlayClaim)
            .Select(m => (Move: m, Card: reading.Scenario.Card(m.Card!.Value)))
            .Where(c => theme is null || c.Card.Themes.Contains(theme))
            .OrderByDescending(c => Room.StrengthIfPlayed(reading.Match, c.Card, reading.Side))
            .ThenByDescending(c => Prefers(c.Card, preferred))
            .ThenByDescending(c => Room.WeightIfPlayed(reading.Match, c.Card, reading.Side, c.Move.Seat))
            .ThenBy(c => c.Card.Id.Value, StringComparer.Ordinal)
            .Select(c => c.Move).FirstOrDefault();

    private static bool Prefers(Card card, ImmutableHashSet<string> preferred) => card.Themes.Any(preferred.Contains);
}
