using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Scenarios.Dto;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Reading;

/// <summary>Reads the entries of <c>events:</c>, the world deck, and their effects.</summary>
internal static class EventReader
{
    public static readonly string[] Known = ["id", "tag", "body", "cite", "anchor", "effects"];

    public static EventDto Read(MapNode map, int index, Findings findings)
    {
        var reader = new MapReader(map, $"event #{index + 1}", Known, findings);
        var id = Ids.Read(reader, "id", slug: false);
        if (id is not null)
        {
            reader.Owner = $"event {id.Value}";
        }

        var tag = reader.Text("tag", required: true, CardReader.MaxTag);
        var body = reader.Text("body", required: true);
        var cite = Ids.Cite(reader);
        var anchor = Ids.Anchor(reader);
        var effects = reader.Entries("effects", required: true, "effect");
        if (effects.Count == 0 && reader.List("effects", required: false) is { } empty)
        {
            findings.Error(empty.Start, $"{reader.Owner}: 'effects' is empty", "give the event at least one effect, such as '- weight: { theme: trade, delta: 1 }'");
        }

        var read = effects.Select(e => Effect(e, reader.Owner, findings)).OfType<EffectDto>().ToImmutableArray();
        reader.ReportUnknown();
        return new EventDto(map.Start, id, tag, body, cite, anchor, read);
    }

    private static EffectDto? Effect(MapNode map, string owner, Findings findings)
    {
        var reader = new MapReader(map, owner + " effect", ["weight", "strength"], findings);
        reader.ReportUnknown();
        var kinds = map.Entries.Where(e => e.Key.Value is "weight" or "strength").ToList();
        if (kinds.Count != 1)
        {
            findings.Error(map.Start, $"{owner}: each effect is either 'weight' or 'strength' (found {kinds.Count})", "write '- weight: { theme: trade, delta: 1 }' or '- strength: { theme: trade, delta: 1, side: alliance }'");
            return null;
        }

        var weight = kinds[0].Key.Value == "weight";
        if (reader.Map(kinds[0].Key.Value, required: true) is not { } body)
        {
            return null;
        }

        var inner = new MapReader(body, $"{owner} {kinds[0].Key.Value} effect", weight ? ["theme", "delta", "bloc"] : ["theme", "delta", "side"], findings);
        var effect = new EffectDto(
            body.Start,
            weight ? EffectKind.ThemeWeight : EffectKind.Strength,
            inner.Text("theme", required: true, 64),
            inner.Int("delta", required: true, -5, 5),
            weight ? null : inner.Choice("side", required: false, Vocabulary.Sides),
            weight ? inner.Text("bloc", required: false, 64) : null);
        if (effect.Delta is { Value: 0 } zero)
        {
            findings.Error(zero.At, $"{owner}: an effect with delta 0 changes nothing", "use a delta from -5 to 5 other than 0, or remove the effect");
        }

        inner.ReportUnknown();
        return effect;
    }
}
