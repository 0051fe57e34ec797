using Debate.Core.Content;
using Debate.Scenarios.Dto;
using Debate.Scenarios.Reading;

namespace Debate.Scenarios.Validation;

/// <summary>
/// A citation and its anchor, from a card or an event, with who made it and, for a card, its kind
/// (null for an event): a claim puts an argument of its own on the floor, so it should cite a
/// paragraph that argues; evidence and rebuttals may answer with facts.
/// </summary>
internal sealed record Citing(string Owner, Field<CiteRef> Cite, Field<string>? Anchor, CardKind? Kind)
{
    /// <summary>Whether the citing card puts a new argument on the floor (a claim).</summary>
    public bool Argues => Kind is CardKind.Claim;

    public static IEnumerable<Citing> All(ScenarioDto dto) =>
        dto.Cards.Where(c => c.Cite is not null).Select(c => new Citing($"card {c.Name}", c.Cite!, c.Anchor, c.Kind?.Value))
            .Concat(dto.Events.Where(e => e.Cite is not null).Select(e => new Citing($"event {e.Id?.Value ?? "(without id)"}", e.Cite!, e.Anchor, null)));
}
