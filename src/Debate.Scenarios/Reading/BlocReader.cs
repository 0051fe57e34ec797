using System.Collections.Immutable;
using Debate.Scenarios.Dto;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Reading;

/// <summary>Reads the entries of <c>blocs:</c>, the audience.</summary>
internal static class BlocReader
{
    public static readonly string[] Known = ["id", "name", "share", "opening", "weights"];

    public static BlocDto Read(MapNode map, int index, Findings findings)
    {
        var reader = new MapReader(map, $"bloc #{index + 1}", Known, findings);
        var id = Ids.Read(reader, "id", slug: false);
        if (id is not null)
        {
            reader.Owner = $"bloc {id.Value}";
        }

        var bloc = new BlocDto(
            map.Start,
            id,
            reader.Text("name", required: true, 200),
            reader.Int("share", required: true, 1, 100),
            Opening(reader),
            Weights(reader));
        reader.ReportUnknown();
        return bloc;
    }

    private static VoteDto? Opening(MapReader bloc)
    {
        if (bloc.Map("opening", required: true) is not { } map)
        {
            return null;
        }

        var reader = new MapReader(map, bloc.Owner + " opening", ["for", "against", "undecided"], bloc.Findings);
        var vote = new VoteDto(
            map.Start,
            reader.Number("for", required: true, 0, 100),
            reader.Number("against", required: true, 0, 100),
            reader.Number("undecided", required: true, 0, 100));
        reader.ReportUnknown();
        return vote;
    }

    private static ImmutableArray<(Field<string> Theme, Field<int> Weight)> Weights(MapReader bloc)
    {
        if (bloc.Map("weights", required: true) is not { } map)
        {
            return [];
        }

        var weights = ImmutableArray.CreateBuilder<(Field<string>, Field<int>)>();
        foreach (var (key, value) in map.Entries.Where(e => e.Value is not RefusedNode))
        {
            var weight = Scalars.Int(value, $"{bloc.Owner}: weight of '{ScalarNode.Shorten(key.Value)}'", 0, 5, bloc.Findings);
            if (weight is not null)
            {
                weights.Add((new Field<string>(key.Value, key.Start), weight));
            }
        }

        return weights.ToImmutable();
    }
}
