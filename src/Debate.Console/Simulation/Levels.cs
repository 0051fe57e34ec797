using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Opponents;

namespace Debate.Console.Simulation;

/// <summary>Reads a comma-separated list of levels and personas, as the batch verbs take it.</summary>
internal static class Levels
{
    /// <summary>The names in order, or the reason they cannot be used.</summary>
    public static (ImmutableArray<string> Levels, string? Problem) Parse(string text, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(text);
        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.ToLowerInvariant()).Distinct().ToImmutableArray();
        if (names.IsEmpty)
        {
            return (names, "name at least one level, such as --levels novice,debater.");
        }

        var unknown = names.FirstOrDefault(n => !OpponentFactory.Knows(n, scenario));
        return unknown is null
            ? (names, null)
            : (names, $"'{unknown}' is not a level or a persona of {scenario.Id}; known: {string.Join(", ", OpponentFactory.Names(scenario))}.");
    }
}
