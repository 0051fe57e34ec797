namespace Debate.Scenarios.Yaml;

/// <summary>Stands in for a value that was refused and already reported (an alias), so that nothing else is said about it.</summary>
internal sealed class RefusedNode(Mark start) : Node(start)
{
    public override string Describe() => "a refused value";
}
