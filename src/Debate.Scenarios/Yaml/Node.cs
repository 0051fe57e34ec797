namespace Debate.Scenarios.Yaml;

/// <summary>A value of the YAML tree, with where it starts in the file.</summary>
internal abstract class Node(Mark start)
{
    public Mark Start { get; } = start;

    /// <summary>What the value is, for messages: "text", "a list", "a mapping".</summary>
    public abstract string Describe();
}
