using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Scenarios.Dto;

namespace Debate.Scenarios.Mapping;

/// <summary>
/// Maps a validated <see cref="ScenarioDto"/> onto Debate.Core's records. Called only when the
/// file has no errors, so every required field is present.
/// </summary>
internal static class ScenarioMapper
{
    public static Scenario Map(ScenarioDto dto)
    {
        var motion = dto.Motion!;
        return new Scenario(
            dto.Id!.Value,
            dto.Title!.Value,
            new Motion(motion.Text!.Value, motion.Alliance!.Value, motion.Partnership!.Value),
            dto.HandSize!.Value,
            [.. dto.Themes.Select(t => new Theme(t.Id!.Value, t.Name!.Value))],
            [.. dto.Cards.Select(Card), .. dto.Events.Select(Event)],
            [.. dto.Blocs.Select(Bloc)],
            [.. dto.Roles.Select(Role)],
            [.. dto.Phases.Select(Phase)],
            [.. dto.Personas.Select(Persona)],
            [.. dto.Rubric.Select(c => new RubricCriterion(c.Id!.Value, c.Name!.Value, c.Measure!.Value, c.Weight!.Value, c.FullMarksAt!.Value))])
        {
            Description = dto.Description?.Value ?? "",
        };
    }

    private static Card Card(CardDto c) => new(
        new CardId(c.Id!.Value),
        c.Tag!.Value,
        c.Body!.Value,
        c.Kind!.Value,
        c.Side!.Value,
        c.ThemeIds,
        c.Strength!.Value,
        c.Cost!.Value,
        Citation(c.Cite!.Value),
        c.Anchor?.Value,
        c.Targets is null ? [] : [.. c.Targets.Value.Select(t => new CardId(t.Value))],
        c.Boost is null ? null : new EventBoost(new CardId(c.Boost.Event!.Value), c.Boost.Strength!.Value),
        []);

    private static Card Event(EventDto e) => new(
        new CardId(e.Id!.Value),
        e.Tag!.Value,
        e.Body!.Value,
        CardKind.Event,
        CardSide.Either,
        [],
        0,
        0,
        Citation(e.Cite!.Value),
        e.Anchor?.Value,
        [],
        null,
        [.. e.Effects.Select(f => new EventEffect(f.Kind, f.Theme!.Value, f.Delta!.Value, f.Side?.Value, f.Bloc?.Value))]);

    private static Citation Citation(CiteRef cite) => new(cite.Document, cite.Paragraph);

    private static Bloc Bloc(BlocDto b) => new(
        b.Id!.Value,
        b.Name!.Value,
        b.Share!.Value,
        new Vote(b.Opening!.For!.Value, b.Opening.Against!.Value, b.Opening.Undecided!.Value),
        b.Weights.ToImmutableDictionary(w => w.Theme.Value, w => w.Weight.Value, StringComparer.Ordinal));

    private static Role Role(RoleDto r)
    {
        var o = r.Objective!;
        return new Role(r.Id!.Value, r.Title!.Value, r.Side!.Value, r.Brief!.Value, new Objective(o.Kind!.Value, o.Theme?.Value, o.Count?.Value ?? 0, o.Text!.Value));
    }

    private static Phase Phase(PhaseDto p) => new(
        p.Name!.Value,
        p.RoundCount,
        p.RevealsEvent,
        [.. p.Speeches.Select(s => new Speech(s.Side!.Value, [.. s.Kinds.Distinct()], s.Time!.Value, s.Draw?.Value ?? 0))]);

    private static Persona Persona(PersonaDto p) => new(
        p.Id!.Value,
        p.Name!.Value,
        p.Description?.Value ?? "",
        p.Prefers is null ? [] : [.. p.Prefers.Value.Select(t => t.Value)],
        [.. p.Rules.Select(r => new PersonaRule(
            [.. r.When.Select(c => new PersonaCondition(c.Kind, c.Value?.Value, c.Count?.Value ?? 0))],
            r.Then!.Value,
            r.Theme?.Value,
            r.Reason!.Value))]);
}
