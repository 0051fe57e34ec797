namespace Debate.Scenarios.Yaml;

/// <summary>A single value: text, a number, a flag, or nothing (<c>~</c>, <c>null</c> or empty).</summary>
internal sealed class ScalarNode(Mark start, string value, bool quoted) : Node(start)
{
    public string Value { get; } = value;

    /// <summary>Written in quotes or as a block, so never a number, flag or null.</summary>
    public bool Quoted { get; } = quoted;

    public bool IsNull => !Quoted && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "nothing" : $"'{Shorten(Value)}'";

    public static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "...");
}
