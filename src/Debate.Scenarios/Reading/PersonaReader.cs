using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Scenarios.Dto;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Reading;

/// <summary>Reads the entries of <c>personas:</c>, scripted opponents written as when/then rules.</summary>
internal static class PersonaReader
{
    public static readonly string[] Known = ["id", "name", "description", "prefers", "rules"];
    public static readonly string[] RuleFields = ["when", "then", "theme", "reason"];

    public static PersonaDto Read(MapNode map, int index, Findings findings)
    {
        var reader = new MapReader(map, $"persona #{index + 1}", Known, findings);
        var id = Ids.Read(reader, "id", slug: false);
        if (id is not null)
        {
            reader.Owner = $"persona {id.Value}";
        }

        var persona = new PersonaDto(
            map.Start,
            id,
            reader.Text("name", required: true, 200),
            reader.Text("description", required: false),
            reader.Texts("prefers", required: false, 0, 20),
            [.. reader.Entries("rules", required: true, "rule").Select((r, i) => Rule(r, $"{reader.Owner}, rule {i + 1}", findings))]);
        reader.ReportUnknown();
        return persona;
    }

    private static RuleDto Rule(MapNode map, string owner, Findings findings)
    {
        var reader = new MapReader(map, owner, RuleFields, findings);
        var when = reader.Entries("when", required: false, "condition")
            .Select(c => Condition(c, owner, findings))
            .OfType<ConditionDto>()
            .ToImmutableArray();
        var rule = new RuleDto(
            map.Start,
            when,
            reader.Choice("then", required: true, Vocabulary.Actions),
            reader.Text("theme", required: false, 64),
            reader.Text("reason", required: true, 300));
        if (rule.Then is { Value: PersonaAction.ClaimOnTheme } then && rule.Theme is null && map.Value("theme") is null)
        {
            findings.Error(then.At, $"{owner}: claim-on-theme needs a 'theme'", "add 'theme: <a declared theme id>' to the rule");
        }

        reader.ReportUnknown();
        return rule;
    }

    private static ConditionDto? Condition(MapNode map, string owner, Findings findings)
    {
        var keys = map.Entries.Select(e => e.Key.Value).Where(k => Vocabulary.Conditions.TryGet(k, out _)).ToList();
        var known = Vocabulary.Conditions.All.Append("theme").ToList();
        var reader = new MapReader(map, owner + " condition", known, findings);
        reader.ReportUnknown();
        if (keys.Count != 1)
        {
            findings.Error(map.Start, $"{owner}: a condition names exactly one test (found {keys.Count})", $"write one of {Vocabulary.Conditions.List}, each in its own '{{ ... }}'");
            return null;
        }

        Vocabulary.Conditions.TryGet(keys[0], out var kind);
        var standing = kind is ConditionKind.OpponentStanding or ConditionKind.OwnStandingBelow;
        if (!standing && map.Value("theme") is { } stray)
        {
            findings.Error(stray.Start, $"{owner}: 'theme' goes only with opponent-standing or own-standing-below", "remove it, or use the persona rule's own 'theme'");
        }

        return kind switch
        {
            ConditionKind.Phase => new ConditionDto(map.Start, kind, reader.Text("phase", required: true, 60), null),
            ConditionKind.HandHas => HandHas(reader, map, owner, findings),
            ConditionKind.TimeLeft => new ConditionDto(map.Start, kind, null, reader.Int("time-left", required: true, 1, 10)),
            ConditionKind.OwnStandingBelow => new ConditionDto(map.Start, kind, reader.Text("theme", required: false, 64), reader.Int(keys[0], required: true, 1, 50)),
            _ => new ConditionDto(map.Start, kind, reader.Text("theme", required: false, 64), reader.Int(keys[0], required: true, 0, 50)),
        };
    }

    private static ConditionDto? HandHas(MapReader reader, MapNode map, string owner, Findings findings)
    {
        var kind = reader.Choice("hand-has", required: true, Vocabulary.CardKinds);
        return kind is null ? null : new ConditionDto(map.Start, ConditionKind.HandHas, new Field<string>(Vocabulary.CardKinds.Word(kind.Value), kind.At), null);
    }
}
