using System.Collections.Immutable;

namespace Debate.Core.Content;

/// <summary>
/// A persona bloc of the audience: its share of the room, how it votes before the debate, and how
/// much it weighs each theme when it listens.
/// </summary>
public sealed record Bloc(string Id, string Name, int Share, Vote Opening, ImmutableDictionary<string, int> Weights)
{
    /// <summary>The bloc's base weight on a theme (0 when it does not care).</summary>
    public int WeightOf(string theme) => Weights.TryGetValue(theme, out var w) ? w : 0;
}
