using System.Collections.Frozen;
using System.Security.Cryptography;

namespace Debate.Server.Web;

/// <summary>
/// The pages, scripts and styles, embedded in this assembly at build time and served from memory:
/// the server needs no files beside it and nothing from outside, and a request can only ever name
/// one of these (there is no path on disk to reach).
/// </summary>
internal static class Assets
{
    private const string Prefix = "wwwroot/";

    private static readonly FrozenDictionary<string, Asset> All = Load();

    /// <summary>The asset at <paramref name="name"/> (such as <c>play.js</c>), or null.</summary>
    public static Asset? Find(string? name) => name is not null && All.TryGetValue(name, out var asset) ? asset : null;

    /// <summary>Every asset's name.</summary>
    public static IEnumerable<string> Names => All.Keys;

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(Assets).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            var name = resource[Prefix.Length..].Replace('\\', '/');
            assets[name] = new Asset(bytes, TypeOf(name), $"\"{Convert.ToHexString(SHA256.HashData(bytes))[..16]}\"");
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string TypeOf(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".woff2" => "font/woff2",
        _ => "application/octet-stream",
    };
}

/// <summary>An embedded file: its bytes, content type and entity tag.</summary>
internal sealed record Asset(byte[] Bytes, string ContentType, string ETag);
