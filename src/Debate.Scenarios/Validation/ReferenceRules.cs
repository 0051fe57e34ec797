using Debate.Core.Content;
using Debate.Scenarios.Dto;
using Debate.Scenarios.Reading;

namespace Debate.Scenarios.Validation;

/// <summary>Every name that must refer to something declared: themes, blocs, events, phases.</summary>
internal static class ReferenceRules
{
    public static void Check(ScenarioDto dto, Catalog catalog)
    {
        foreach (var card in dto.Cards)
        {
            var owner = $"card {card.Name}";
            CheckThemes(card.Themes, owner, catalog);
            if (card.Boost?.Event is { } boosted && !catalog.Events.ContainsKey(boosted.Value))
            {
                var hint = catalog.Cards.ContainsKey(boosted.Value) ? $"{boosted.Value} is a card; a boost names an event of the 'events:' list" : null;
                if (hint is null)
                {
                    catalog.Knows(boosted, owner + " boost", catalog.Events.Keys, "event", "name an event of the 'events:' list");
                }
                else
                {
                    catalog.Findings.Error(boosted.At, $"{owner} boost: '{boosted.Value}' is not an event", hint);
                }
            }
        }

        foreach (var e in dto.Events)
        {
            foreach (var effect in e.Effects)
            {
                var owner = $"event {e.Id?.Value ?? "(without id)"} effect";
                _ = effect.Theme is { } theme && catalog.KnowsTheme(theme, owner);
                _ = effect.Bloc is { } bloc && catalog.Knows(bloc, owner, catalog.Blocs.Keys, "bloc", "name a bloc of the 'blocs:' list, or leave 'bloc' out to affect every bloc");
            }
        }

        foreach (var bloc in dto.Blocs)
        {
            foreach (var (theme, _) in bloc.Weights)
            {
                catalog.KnowsTheme(theme, $"bloc {bloc.Id?.Value} weights");
            }
        }

        foreach (var role in dto.Roles)
        {
            _ = role.Objective?.Theme is { } theme && catalog.KnowsTheme(theme, $"role {role.Id?.Value} objective");
        }

        foreach (var persona in dto.Personas)
        {
            CheckPersona(persona, catalog);
        }
    }

    private static void CheckThemes(Field<System.Collections.Immutable.ImmutableArray<Field<string>>>? themes, string owner, Catalog catalog)
    {
        if (themes is null)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var theme in themes.Value)
        {
            if (catalog.KnowsTheme(theme, owner) && !seen.Add(theme.Value))
            {
                catalog.Findings.Error(theme.At, $"{owner}: theme '{theme.Value}' is listed twice", "list each theme once");
            }
        }
    }

    private static void CheckPersona(PersonaDto persona, Catalog catalog)
    {
        var owner = $"persona {persona.Id?.Value}";
        foreach (var theme in persona.Prefers?.Value ?? [])
        {
            catalog.KnowsTheme(theme, owner + " prefers");
        }

        for (var i = 0; i < persona.Rules.Length; i++)
        {
            var rule = persona.Rules[i];
            var ruleOwner = $"{owner}, rule {i + 1}";
            _ = rule.Theme is { } theme && catalog.KnowsTheme(theme, ruleOwner);
            foreach (var condition in rule.When)
            {
                if (condition.Value is not { } value)
                {
                    continue;
                }

                _ = condition.Kind switch
                {
                    ConditionKind.Phase => catalog.Knows(value, ruleOwner, catalog.Phases.Keys, "phase", "name a phase of the 'phases:' list, exactly as written there"),
                    ConditionKind.OpponentStanding or ConditionKind.OwnStandingBelow => catalog.KnowsTheme(value, ruleOwner),
                    _ => true,
                };
            }
        }
    }
}
