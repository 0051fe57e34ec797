using System.Reflection;
using System.Text;

namespace Debate.Scenarios;

/// <summary>The files embedded in this assembly: <c>scenarios/*.yaml</c>, <c>seeds/*.md</c> and <c>templates/*.yaml</c>.</summary>
internal static class BuiltInResources
{
    private static readonly Assembly Assembly = typeof(BuiltInResources).Assembly;

    public static IReadOnlyList<string> Names(string folder) =>
        [.. Assembly.GetManifestResourceNames().Where(n => n.StartsWith(folder + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    public static string? Text(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static IEnumerable<(string Path, string Text)> Digests() =>
        Names("seeds").Select(n => (n, Text(n) ?? ""));
}
