using System.Collections.Immutable;
using System.Globalization;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Reading;

/// <summary>
/// Reads the fields of one mapping (a card, a bloc, a phase...): typed values with their
/// positions, missing required fields, and fields the format does not know (with the nearest name).
/// </summary>
internal sealed class MapReader(MapNode map, string owner, IReadOnlyList<string> known, Findings findings)
{
    public Mark At => map.Start;

    /// <summary>Who the fields belong to in messages ("card A01"); set once the id is read.</summary>
    public string Owner { get; set; } = owner;

    public Findings Findings => findings;

    /// <summary>Fields whose absence is not reported: the sections a syntax error left out of the check.</summary>
    public Func<string, bool> Excused { get; init; } = _ => false;

    /// <summary>Reports every field the format does not know, with the nearest known name.</summary>
    public void ReportUnknown()
    {
        foreach (var (key, _) in map.Entries)
        {
            if (!known.Contains(key.Value, StringComparer.Ordinal))
            {
                findings.Error(key.Start, $"{Owner}: unknown field '{ScalarNode.Shorten(key.Value)}'", NearestName.Hint(key.Value, known, "fields here"));
            }
        }
    }

    public Node? Node(string key, bool required)
    {
        var node = map.Value(key);
        if (node is RefusedNode)
        {
            return null;
        }

        if (node is ScalarNode { IsNull: true } && Excused(key))
        {
            return null;
        }

        if (node is ScalarNode { IsNull: true })
        {
            findings.Error(node.Start, $"{Owner}: '{key}' has no value", Vocabulary.ValueHintFor(key));
            return null;
        }

        if (node is null && required && !Misspelt(key) && !Excused(key))
        {
            findings.Error(map.Start, $"{Owner}: missing required field '{key}'", Vocabulary.HintFor(key));
        }

        return node;
    }

    public Field<string>? Text(string key, bool required, int maxLength = Scalars.MaxText) =>
        Node(key, required) is { } node ? Scalars.Text(node, What(key), findings, maxLength) : null;

    public Field<int>? Int(string key, bool required, int min, int max) =>
        Node(key, required) is { } node ? Scalars.Int(node, What(key), min, max, findings) : null;

    public Field<double>? Number(string key, bool required, double min, double max) =>
        Node(key, required) is { } node ? Scalars.Number(node, What(key), min, max, findings) : null;

    public Field<bool>? Flag(string key) =>
        Node(key, required: false) is { } node ? Scalars.Flag(node, What(key), findings) : null;

    public Field<T>? Choice<T>(string key, bool required, Words<T> words)
        where T : struct, Enum =>
        Node(key, required) is { } node ? Scalars.Choice(node, What(key), words, findings) : null;

    public MapNode? Map(string key, bool required)
    {
        var node = Node(key, required);
        if (node is null or MapNode)
        {
            return node as MapNode;
        }

        findings.Error(node.Start, $"{What(key)} must be a mapping of fields, not {node.Describe()}", Vocabulary.ValueHintFor(key));
        return null;
    }

    public ListNode? List(string key, bool required)
    {
        var node = Node(key, required);
        if (node is null or ListNode)
        {
            return node as ListNode;
        }

        findings.Error(node.Start, $"{What(key)} must be a list, not {node.Describe()}", $"write [{(node is ScalarNode s ? ScalarNode.Shorten(s.Value) : "...")}] or one '- ' line per item");
        return null;
    }

    /// <summary>A list of words or ids, each checked with <paramref name="item"/>.</summary>
    public Field<ImmutableArray<Field<T>>>? ListOf<T>(string key, bool required, int min, int max, Func<Node, string, Field<T>?> item)
    {
        if (List(key, required) is not { } list)
        {
            return null;
        }

        if (list.Items.Count < min || list.Items.Count > max)
        {
            var range = max == int.MaxValue ? $"at least {min}" : $"{min} to {max}";
            findings.Error(list.Start, string.Create(CultureInfo.InvariantCulture, $"{What(key)} has {list.Items.Count} items; it needs {range}"), $"list {range} items");
        }

        var items = list.Items.Where(n => n is not RefusedNode).Select(n => item(n, What(key))).OfType<Field<T>>().ToImmutableArray();
        return new Field<ImmutableArray<Field<T>>>(items, list.Start);
    }

    public Field<ImmutableArray<Field<string>>>? Texts(string key, bool required, int min, int max) =>
        ListOf(key, required, min, max, (n, what) => Scalars.Text(n, what + " item", findings, 200));

    /// <summary>The mappings of a list field such as <c>cards:</c>; other items are reported.</summary>
    public IReadOnlyList<MapNode> Entries(string key, bool required, string itemName)
    {
        if (List(key, required) is not { } list)
        {
            return [];
        }

        foreach (var bad in list.Items.Where(i => i is not MapNode and not RefusedNode))
        {
            findings.Error(bad.Start, $"each entry of '{key}' must be a {itemName} (a mapping of fields), not {bad.Describe()}", $"start the {itemName} with '- id: ...' and indent its fields under it");
        }

        return [.. list.Items.OfType<MapNode>()];
    }

    public string What(string key) => $"{Owner}: '{key}'";

    /// <summary>Whether an unknown field looks like <paramref name="key"/> misspelt: its report says "did you mean", so no second one.</summary>
    private bool Misspelt(string key) =>
        map.Entries.Any(e => !known.Contains(e.Key.Value, StringComparer.Ordinal) && NearestName.Of(e.Key.Value, known) == key);
}
