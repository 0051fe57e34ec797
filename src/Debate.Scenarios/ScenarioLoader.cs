using Debate.Scenarios.Text;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios;

/// <summary>
/// Loads scenario files: YAML into a <see cref="Debate.Core.Content.Scenario"/>, checked against
/// the format, the source digests and (optionally) the source texts. Every problem in the file is
/// reported at once, with line, column and a hint. These methods never throw on bad content:
/// problems come back as diagnostics, and only <see cref="LoadResult.OrThrow"/> throws.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>
    /// Loads the scenario at <paramref name="path"/>. Citations are checked against
    /// <see cref="LoadOptions.SeedsDirectory"/>, else the nearest <c>seeds/</c> folder above the file,
    /// else the built-in digests.
    /// </summary>
    public static LoadResult LoadFile(string path, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new LoadOptions();
        var findings = new Findings(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                findings.Error(Mark.FileStart, "no such file", "check the path");
                return Failed(findings, path);
            }

            if (ScenarioText.ReadFile(path, options.MaxBytes, findings) is not { } bytes)
            {
                return Failed(findings, path);
            }

            var seeds = options.SeedsDirectory ?? DigestSearch(info.DirectoryName);
            return LoadPipeline.Run(bytes, path, options with { SeedsDirectory = seeds }, findings);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            findings.Error(Mark.FileStart, $"the file could not be read: {ex.Message}", "check the path and the file's permissions");
            return Failed(findings, path);
        }
    }

    /// <summary>
    /// Loads a scenario from text; <paramref name="displayPath"/> names it in diagnostics. Citations
    /// are checked against <see cref="LoadOptions.SeedsDirectory"/> when given, else the built-in digests.
    /// </summary>
    public static LoadResult LoadText(string yaml, string displayPath, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(displayPath);
        return LoadPipeline.Run(yaml, displayPath, options ?? new LoadOptions(), new Findings(displayPath));
    }

    /// <summary>Loads a scenario from raw bytes, as <see cref="LoadFile"/> does after reading them.</summary>
    internal static LoadResult LoadBytes(byte[] bytes, string displayPath, LoadOptions? options = null) =>
        LoadPipeline.Run(bytes, displayPath, options ?? new LoadOptions(), new Findings(displayPath));

    private static string? DigestSearch(string? directory) =>
        directory is null ? null : Digests.DigestLibrary.FindSeedsDirectory(directory);

    private static LoadResult Failed(Findings findings, string path) => new(null, findings.ToImmutable()) { Path = path };
}
