namespace Debate.Scenarios.Yaml;

/// <summary>A YAML sequence: <c>[a, b]</c> or lines starting with <c>-</c>.</summary>
internal sealed class ListNode(Mark start, IReadOnlyList<Node> items) : Node(start)
{
    public IReadOnlyList<Node> Items { get; } = items;

    public override string Describe() => "a list";
}
