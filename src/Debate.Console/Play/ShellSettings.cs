using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Debate.Console.Saves;
using Files = Debate.Console.Files;

namespace Debate.Console.Play;

/// <summary>
/// How the shell runs: plain (linear) or the board, how long an opponent's move stays on screen,
/// and the look. The pace and the look chosen in Settings are kept in <c>settings.json</c> beside
/// the saves; <c>DEBATE_PACE_MS</c> and <c>NO_COLOR</c> override them for one run.
/// </summary>
internal sealed record ShellSettings(bool Plain, TimeSpan Pace, ShellTheme Theme = ShellTheme.Standard)
{
    /// <summary>The pace a room can follow when nothing else is chosen.</summary>
    public static readonly TimeSpan DefaultPace = TimeSpan.FromMilliseconds(1400);

    /// <summary>Whether <c>NO_COLOR</c> is set, which makes every look monochrome.</summary>
    public static bool NoColor => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>The look actually drawn: monochrome whenever <c>NO_COLOR</c> is set.</summary>
    public ShellTheme Look => NoColor ? ShellTheme.Monochrome : Theme;

    /// <summary>The settings file's choices, then the environment's overrides.</summary>
    public static ShellSettings FromEnvironment(bool plain, string? home = null)
    {
        var saved = Read(FileIn(home ?? SaveStore.HomeFolder()));
        var pace = Environment.GetEnvironmentVariable("DEBATE_PACE_MS");
        var ms = int.TryParse(pace, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= 0 ? TimeSpan.FromMilliseconds(v) : saved.Pace;
        return saved with { Plain = plain, Pace = ms };
    }

    /// <summary>Keeps the pace and the look for the next run.</summary>
    public void Save(string home)
    {
        ArgumentNullException.ThrowIfNull(home);
        Directory.CreateDirectory(home);
        var json = new JsonObject
        {
            ["theme"] = Theme.ToString(),
            ["pace_ms"] = (int)Pace.TotalMilliseconds,
        };
        Files.AtomicFile.Write(FileIn(home), json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    public static string FileIn(string home) => Path.Combine(home, "settings.json");

    private static ShellSettings Read(string path)
    {
        var settings = new ShellSettings(false, DefaultPace);
        try
        {
            if (!File.Exists(path) || new FileInfo(path).Length > 4096)
            {
                return settings;
            }

            if (JsonNode.Parse(File.ReadAllText(path)) is not JsonObject o)
            {
                return settings;
            }

            if (o["theme"] is JsonValue t && t.TryGetValue<string>(out var theme) && Enum.TryParse<ShellTheme>(theme, ignoreCase: true, out var look))
            {
                settings = settings with { Theme = look };
            }

            if (o["pace_ms"] is JsonValue p && p.TryGetValue<int>(out var ms) && ms is >= 0 and <= 60_000)
            {
                settings = settings with { Pace = TimeSpan.FromMilliseconds(ms) };
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            // A damaged or unreadable settings file costs only the remembered look and pace.
        }

        return settings;
    }
}
