using System.Globalization;
using Debate.Scenarios.Dto;
using Debate.Scenarios.Reading;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Validation;

/// <summary>
/// The ids a scenario declares (themes, cards and events, blocs, roles, personas, phases, rubric
/// criteria), each with its first definition. Building it reports every duplicate id.
/// </summary>
internal sealed class Catalog
{
    private Catalog(Findings findings) => Findings = findings;

    public Findings Findings { get; }

    public Dictionary<string, ThemeDto> Themes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, CardDto> Cards { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, EventDto> Events { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, BlocDto> Blocs { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, PhaseDto> Phases { get; } = new(StringComparer.Ordinal);

    public static Catalog Of(ScenarioDto dto, Findings findings)
    {
        var catalog = new Catalog(findings);
        catalog.Declare(dto.Themes, t => t.Id, catalog.Themes, "theme");
        var deck = new Dictionary<string, Mark>(StringComparer.Ordinal);
        catalog.Declare(dto.Cards, c => c.Id, catalog.Cards, "card", deck);
        catalog.Declare(dto.Events, e => e.Id, catalog.Events, "event", deck);
        catalog.Declare(dto.Blocs, b => b.Id, catalog.Blocs, "bloc");
        catalog.Declare(dto.Phases, p => p.Name, catalog.Phases, "phase name");
        catalog.Declare(dto.Roles, r => r.Id, [], "role");
        catalog.Declare(dto.Personas, p => p.Id, [], "persona");
        catalog.Declare(dto.Rubric, c => c.Id, [], "rubric criterion");
        return catalog;
    }

    /// <summary>Reports <paramref name="reference"/> when it names no declared theme; true when it is known.</summary>
    public bool KnowsTheme(Field<string> reference, string owner) =>
        Knows(reference, owner, Themes.Keys, "theme", "declare it under 'themes:' or fix the spelling");

    public bool Knows(Field<string> reference, string owner, IReadOnlyCollection<string> known, string what, string fallback)
    {
        if (known.Contains(reference.Value, StringComparer.Ordinal) || Findings.Cuts.Ids.Contains(reference.Value))
        {
            return true;
        }

        var nearest = NearestName.Of(reference.Value, known);
        Findings.Error(reference.At, $"{owner}: unknown {what} '{ScalarNode.Shorten(reference.Value)}'", nearest is null ? $"{fallback}; known: {Sample(known)}" : $"did you mean '{nearest}'?");
        return false;
    }

    private static string Sample(IReadOnlyCollection<string> known) =>
        known.Count == 0 ? "none" : string.Join(", ", known.Take(12)) + (known.Count > 12 ? ", ..." : "");

    private void Declare<T>(IEnumerable<T> items, Func<T, Field<string>?> idOf, Dictionary<string, T> into, string what, Dictionary<string, Mark>? seen = null)
    {
        seen ??= new Dictionary<string, Mark>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (Unique(idOf(item), seen, what))
            {
                into[idOf(item)!.Value] = item;
            }
        }
    }

    private bool Unique(Field<string>? id, Dictionary<string, Mark> seen, string what)
    {
        if (id is null)
        {
            return false;
        }

        if (seen.TryGetValue(id.Value, out var first))
        {
            Duplicate(id, first, what);
            return false;
        }

        seen[id.Value] = id.At;
        return true;
    }

    private void Duplicate(Field<string> id, Mark first, string what) =>
        Findings.Error(
            id.At,
            string.Create(CultureInfo.InvariantCulture, $"duplicate {what} '{id.Value}': already used at line {first.Line}"),
            what switch
            {
                "card" or "event" => "cards and events share one set of ids; give this one a new id",
                "phase name" => "give this phase another name; persona rules refer to phases by name",
                _ => "give this one a new id",
            });
}
