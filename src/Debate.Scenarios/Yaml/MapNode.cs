namespace Debate.Scenarios.Yaml;

/// <summary>A YAML mapping of field names to values, in file order (duplicate keys already reported and dropped).</summary>
internal sealed class MapNode(Mark start, IReadOnlyList<KeyValuePair<ScalarNode, Node>> entries) : Node(start)
{
    public IReadOnlyList<KeyValuePair<ScalarNode, Node>> Entries { get; } = entries;

    public override string Describe() => "a mapping";

    /// <summary>The value of <paramref name="key"/>, or null. A linear search: mappings hold a dozen fields.</summary>
    public Node? Value(string key) => Find(key)?.Value;

    public ScalarNode? Key(string key) => Find(key)?.Key;

    private KeyValuePair<ScalarNode, Node>? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }
}
