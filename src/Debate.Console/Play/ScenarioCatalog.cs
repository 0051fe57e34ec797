using Debate.Core.Records;
using Debate.Scenarios;

namespace Debate.Console.Play;

/// <summary>
/// The scenarios the shell offers: the built-in ones, the files in <c>scenarios/</c> of the current
/// folder, and any path typed in. Loads each at most once, and finds the scenario a saved match was played from.
/// </summary>
internal sealed class ScenarioCatalog(Func<IReadOnlyList<ScenarioOption>> options, Func<string, ScenarioLoad> loader)
{
    public const string BuiltInPrefix = "builtin:";

    private readonly Dictionary<string, ScenarioLoad> loaded = new(StringComparer.Ordinal);

    private readonly Lazy<IReadOnlyList<ScenarioOption>> options = new(options);

    /// <summary>Listed on first use, so that the menu appears before anything is read from disk.</summary>
    public IReadOnlyList<ScenarioOption> Options => options.Value;

    /// <summary>Built-ins first, then <c>scenarios/*.yaml</c> under <paramref name="folder"/>.</summary>
    public static ScenarioCatalog Standard(string folder) => new(() => List(folder), LoadSource);

    private static List<ScenarioOption> List(string folder)
    {
        var options = new List<ScenarioOption>();
        foreach (var name in BuiltInScenarios.Names)
        {
            var scenario = BuiltInScenarios.Check(name).Scenario;
            options.Add(new ScenarioOption(scenario is null ? $"{name} (built in)" : $"{scenario.Title} (built in: {name})", BuiltInPrefix + name, scenario?.Motion.Text));
        }

        var dir = Path.Combine(folder, "scenarios");
        if (Directory.Exists(dir))
        {
            options.AddRange(Directory.EnumerateFiles(dir, "*.yaml").Concat(Directory.EnumerateFiles(dir, "*.yml")).Order(StringComparer.Ordinal)
                .Select(f => new ScenarioOption(Path.GetRelativePath(folder, f), Path.GetFullPath(f))));
        }

        return options;
    }

    /// <summary>Loads a source: <c>builtin:NAME</c> or a file path.</summary>
    public ScenarioLoad Load(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!loaded.TryGetValue(source, out var result))
        {
            result = loader(source);
            loaded[source] = result;
        }

        return result;
    }

    /// <summary>
    /// The scenario a record was played from: its remembered source first, then every scenario on
    /// offer with the same id, preferring one whose content hash matches. Null when none has the id.
    /// </summary>
    public (ScenarioLoad? Load, string? Source) ForRecord(MatchRecord record, string? source)
    {
        ArgumentNullException.ThrowIfNull(record);
        var candidates = new List<string>();
        if (!string.IsNullOrWhiteSpace(source))
        {
            candidates.Add(source);
        }

        candidates.AddRange(Options.Select(o => o.Source).Where(s => s != source));
        (ScenarioLoad, string)? sameId = null;
        foreach (var candidate in candidates)
        {
            var load = Load(candidate);
            if (load.Scenario is null || load.Scenario.Id != record.Scenario)
            {
                continue;
            }

            if (load.Scenario.ContentHash == record.ScenarioHash)
            {
                return (load, candidate);
            }

            sameId ??= (load, candidate);
        }

        return sameId is { } found ? found : (null, null);
    }

    private static ScenarioLoad LoadSource(string source)
    {
        try
        {
            var builtIn = source.StartsWith(BuiltInPrefix, StringComparison.Ordinal) ? source[BuiltInPrefix.Length..] : null;
            if (builtIn is not null && !BuiltInScenarios.Names.Contains(builtIn))
            {
                return new ScenarioLoad(null, [$"No scenario called '{builtIn}' is built in."]);
            }

            if (builtIn is null && !File.Exists(source))
            {
                return new ScenarioLoad(null, [$"{source}: no such file."]);
            }

            var result = builtIn is null ? ScenarioLoader.LoadFile(source) : BuiltInScenarios.Check(builtIn);
            return result.Succeeded ? new ScenarioLoad(result.Scenario, []) : new ScenarioLoad(null, [.. result.Diagnostics.Select(d => d.ToString())]);
        }
        catch (IOException ex)
        {
            return new ScenarioLoad(null, [$"{source}: {ex.Message}"]);
        }
        catch (UnauthorizedAccessException ex)
        {
            return new ScenarioLoad(null, [$"{source}: {ex.Message}"]);
        }
    }
}
