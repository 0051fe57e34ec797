using Debate.Scenarios.Dto;
using Debate.Scenarios.Reading;

namespace Debate.Scenarios.Validation;

/// <summary>A citation and its anchor, from a card or an event, with who made it.</summary>
internal sealed record Citing(string Owner, Field<CiteRef> Cite, Field<string>? Anchor)
{
    public static IEnumerable<Citing> All(ScenarioDto dto) =>
        dto.Cards.Where(c => c.Cite is not null).Select(c => new Citing($"card {c.Name}", c.Cite!, c.Anchor))
            .Concat(dto.Events.Where(e => e.Cite is not null).Select(e => new Citing($"event {e.Id?.Value ?? "(without id)"}", e.Cite!, e.Anchor)));
}
