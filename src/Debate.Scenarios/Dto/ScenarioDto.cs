using System.Collections.Immutable;
using Debate.Scenarios.Reading;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Dto;

/// <summary>The whole file as read: every field that could be read, with positions; null where it could not.</summary>
internal sealed record ScenarioDto(
    Field<string>? Id,
    Field<string>? Title,
    MotionDto? Motion,
    Field<int>? HandSize,
    ImmutableArray<ThemeDto> Themes,
    ImmutableArray<CardDto> Cards,
    ImmutableArray<EventDto> Events,
    Mark? BlocsAt,
    ImmutableArray<BlocDto> Blocs,
    ImmutableArray<RoleDto> Roles,
    Mark? PhasesAt,
    ImmutableArray<PhaseDto> Phases,
    ImmutableArray<PersonaDto> Personas,
    ImmutableArray<CriterionDto> Rubric)
{
    /// <summary>The optional <c>description:</c>, read apart so that the positional record stays as it was.</summary>
    public Field<string>? Description { get; init; }
}
