using System.Collections.Concurrent;
using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Scenarios;

/// <summary>
/// The scenarios shipped inside this library (the project's <c>scenarios/*.yaml</c>, checked against
/// its <c>seeds/</c> digests, both embedded at build time), so that the game plays with no files around it.
/// </summary>
public static class BuiltInScenarios
{
    /// <summary>The name of the default debate.</summary>
    public const string DefaultName = "alliance-or-partnership";

    private static readonly ConcurrentDictionary<string, Lazy<LoadResult>> Loaded = new(StringComparer.Ordinal);

    /// <summary>The names of the built-in scenarios (file names without <c>.yaml</c>), in order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. BuiltInResources.Names("scenarios").Select(n => Path.GetFileNameWithoutExtension(n))];

    /// <summary>The default debate: "China and Russia should form a formal alliance."</summary>
    public static Scenario Default => Load(DefaultName);

    /// <summary>The built-in scenario <paramref name="name"/>; throws <see cref="ScenarioException"/> when there is none or it has errors.</summary>
    public static Scenario Load(string name) => Check(name).OrThrow();

    /// <summary>Loads and validates the built-in scenario <paramref name="name"/>, once, against the built-in digests.</summary>
    public static LoadResult Check(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Loaded.GetOrAdd(name, n => new Lazy<LoadResult>(() => Read(n))).Value;
    }

    /// <summary>The YAML text of the built-in scenario <paramref name="name"/>, or null when there is none.</summary>
    public static string? Text(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return BuiltInResources.Text($"scenarios/{name}.yaml");
    }

    private static LoadResult Read(string name)
    {
        var path = $"scenarios/{name}.yaml";
        if (Text(name) is not { } text)
        {
            var known = Names.Count == 0 ? "none" : string.Join(", ", Names);
            var missing = new Diagnostic(path, 1, 1, Severity.Error, $"there is no built-in scenario named '{name}'", $"built-in scenarios: {known}");
            return new LoadResult(null, ImmutableArray.Create(missing)) { Path = path };
        }

        return ScenarioLoader.LoadText(text, path);
    }
}
