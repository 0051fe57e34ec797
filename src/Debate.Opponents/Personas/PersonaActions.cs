using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Previews;
using Debate.Opponents.Reading;

namespace Debate.Opponents.Personas;

/// <summary>
/// The <c>then</c> of a persona rule: the preview of the legal move it names, or null when none of
/// the legal moves fits (and the persona goes on to its next rule). Ties go to the persona's preferred themes.
/// </summary>
internal static class PersonaActions
{
    public static MovePreview? Pick(PersonaRule rule, FloorReading reading, ImmutableHashSet<string> preferred) => rule.Then switch
    {
        PersonaAction.RebutStrongest => RebutStrongest(reading),
        PersonaAction.SupportWeakest => SupportWeakest(reading, preferred),
        PersonaAction.ClaimOnTheme => StrongestClaim(reading, preferred, rule.Theme),
        PersonaAction.StrongestClaim => StrongestClaim(reading, preferred, null),
        PersonaAction.EndSpeech => reading.OfKind(MoveKind.EndSpeech).FirstOrDefault(),
        _ => null,
    };

    /// <summary>
    /// The strongest standing opposing argument that a legal rebuttal defeats (by its preview, direct
    /// answers counted), with the strongest such rebuttal.
    /// </summary>
    private static MovePreview? RebutStrongest(FloorReading reading)
    {
        var targets = reading.Standing(reading.Side.Opponent())
            .OrderByDescending(a => reading.StrengthOf(a.Id)).ThenByDescending(a => reading.Danger(a.Id)).ThenBy(a => a.Id);
        foreach (var target in targets)
        {
            var rebuttal = reading.OfKind(MoveKind.PlayRebuttal)
                .Where(p => p.Attack!.Target == target.Id && p.Attack.Defeats)
                .OrderByDescending(p => p.Attack!.Strength).ThenBy(p => p.Move.Card!.Value.Value, StringComparer.Ordinal)
                .FirstOrDefault();
            if (rebuttal is not null)
            {
                return rebuttal;
            }
        }

        return null;
    }

    /// <summary>Evidence on the weakest own argument that does not stand, else on the weakest own argument.</summary>
    private static MovePreview? SupportWeakest(FloorReading reading, ImmutableHashSet<string> preferred) =>
        reading.OfKind(MoveKind.PlayEvidence)
            .OrderBy(p => reading.Labels.Stands(p.Move.Target!.Value) ? 1 : 0)
            .ThenBy(p => reading.StrengthOf(p.Move.Target!.Value))
            .ThenByDescending(p => Prefers(reading.CardOf(reading.Match.Floor[p.Move.Target!.Value - 1]), preferred))
            .ThenBy(p => p.Move.Target).ThenBy(p => p.Move.Card!.Value.Value, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>The strongest legal claim (on <paramref name="theme"/> when given); preferred themes break ties.</summary>
    private static MovePreview? StrongestClaim(FloorReading reading, ImmutableHashSet<string> preferred, string? theme) =>
        reading.OfKind(MoveKind.PlayClaim)
            .Select(p => (Preview: p, Card: reading.Scenario.Card(p.Move.Card!.Value)))
            .Where(c => theme is null || c.Card.Themes.Contains(theme))
            .OrderByDescending(c => c.Preview.Strength!.Total)
            .ThenByDescending(c => Prefers(c.Card, preferred))
            .ThenByDescending(c => Room.Weight(reading.Match, c.Preview.Argument!, c.Preview.Strength!.Total))
            .ThenBy(c => c.Card.Id.Value, StringComparer.Ordinal)
            .Select(c => c.Preview).FirstOrDefault();

    private static bool Prefers(Card card, ImmutableHashSet<string> preferred) => card.Themes.Any(preferred.Contains);
}
