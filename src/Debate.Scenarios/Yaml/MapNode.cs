namespace Debate.Scenarios.Yaml;

/// <summary>A YAML mapping of field names to values, in file order (duplicate keys already reported).</summary>
internal sealed class MapNode(Mark start, IReadOnlyList<KeyValuePair<ScalarNode, Node>> entries) : Node(start)
{
    private readonly Dictionary<string, KeyValuePair<ScalarNode, Node>> byKey =
        entries.GroupBy(e => e.Key.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public IReadOnlyList<KeyValuePair<ScalarNode, Node>> Entries { get; } = entries;

    public override string Describe() => "a mapping";

    public Node? Value(string key) => byKey.TryGetValue(key, out var entry) ? entry.Value : null;

    public ScalarNode? Key(string key) => byKey.TryGetValue(key, out var entry) ? entry.Key : null;
}
