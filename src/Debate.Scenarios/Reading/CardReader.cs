using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Scenarios.Dto;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Reading;

/// <summary>Reads the entries of <c>cards:</c> (claims, evidence, rebuttals).</summary>
internal static class CardReader
{
    public const int MaxTag = 100;

    public static readonly string[] Known = ["id", "kind", "side", "tag", "body", "themes", "strength", "cost", "cite", "anchor", "targets", "boost"];

    public static CardDto Read(MapNode map, int index, Findings findings)
    {
        var reader = new MapReader(map, $"card #{index + 1}", Known, findings);
        var id = Ids.Read(reader, "id", slug: false);
        if (id is not null)
        {
            reader.Owner = $"card {id.Value}";
        }

        var card = new CardDto(
            map.Start,
            id,
            Kind(reader),
            reader.Choice("side", required: true, Vocabulary.CardSides),
            reader.Text("tag", required: true, MaxTag),
            reader.Text("body", required: true),
            reader.Texts("themes", required: true, 1, 4),
            reader.Int("strength", required: true, 1, 5),
            reader.Int("cost", required: true, 1, 3),
            Ids.Cite(reader),
            Ids.Anchor(reader),
            reader.Texts("targets", required: false, 0, 100),
            Boost(reader));
        reader.ReportUnknown();
        return card;
    }

    private static Field<CardKind>? Kind(MapReader reader)
    {
        if (reader.Node("kind", required: false) is ScalarNode { Value: "event" } node)
        {
            reader.Findings.Error(node.Start, $"{reader.Owner}: 'kind' cannot be event in the cards list", "move it to the 'events:' list, which is the world deck");
            return null;
        }

        return reader.Choice("kind", required: true, Vocabulary.CardKinds);
    }

    private static BoostDto? Boost(MapReader card)
    {
        if (card.Map("boost", required: false) is not { } map)
        {
            return null;
        }

        var reader = new MapReader(map, card.Owner + " boost", ["event", "strength"], card.Findings);
        var boost = new BoostDto(map.Start, reader.Text("event", required: true, 64), reader.Int("strength", required: true, -5, 5));
        if (boost.Strength is { Value: 0 } zero)
        {
            card.Findings.Error(zero.At, $"{card.Owner}: boost strength is 0, so the boost does nothing", "use a number from 1 to 5 (or -1 to -5 for news that weakens the card), or remove the boost");
        }

        reader.ReportUnknown();
        return boost;
    }

    /// <summary>The ids in <paramref name="field"/>, empty when absent.</summary>
    public static ImmutableArray<string> Values(Field<ImmutableArray<Field<string>>>? field) =>
        field is null ? [] : [.. field.Value.Select(f => f.Value)];
}
