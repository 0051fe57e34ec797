using System.Collections.Concurrent;
using Debate.Core.Content;
using Debate.Scenarios;

namespace Debate.Server.Rooms;

/// <summary>
/// The scenarios a room may be played on: the built-in ones and the files of the folder given to
/// <c>debate serve --scenarios</c>. A client picks one by the key the server listed
/// (<c>builtin:NAME</c> or <c>file:NAME.yaml</c>); it can never name a path on the server.
/// </summary>
internal sealed class ScenarioShelf(string? folder)
{
    public const string BuiltInPrefix = "builtin:";
    public const string FilePrefix = "file:";

    private readonly ConcurrentDictionary<string, LoadResult> loaded = new(StringComparer.Ordinal);

    /// <summary>Every key on offer, built-ins first.</summary>
    public IReadOnlyList<string> Keys()
    {
        var keys = BuiltInScenarios.Names.Select(n => BuiltInPrefix + n).ToList();
        if (folder is not null && Directory.Exists(folder))
        {
            keys.AddRange(Directory.EnumerateFiles(folder, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(f => FilePrefix + f));
        }

        return keys;
    }

    /// <summary>The scenario behind a listed key, or why there is none.</summary>
    public (Scenario? Scenario, string? Problem) Find(string? key)
    {
        if (key is null || !Keys().Contains(key, StringComparer.Ordinal))
        {
            return (null, "There is no such scenario on this server.");
        }

        var result = loaded.GetOrAdd(key, Load);
        return result.Succeeded
            ? (result.Scenario, null)
            : (null, $"The scenario {key} has errors: {string.Join("; ", result.Errors.Take(3).Select(d => d.ToString()))}");
    }

    private LoadResult Load(string key) => key.StartsWith(BuiltInPrefix, StringComparison.Ordinal)
        ? BuiltInScenarios.Check(key[BuiltInPrefix.Length..])
        : ScenarioLoader.LoadFile(Path.Combine(folder!, key[FilePrefix.Length..]));
}
