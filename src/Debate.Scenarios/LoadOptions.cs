namespace Debate.Scenarios;

/// <summary>Where the loader finds the digests and source texts, and how large a file it accepts.</summary>
public sealed record LoadOptions
{
    /// <summary>The default size limit: 1 MiB, far above any real scenario (the built-in one is under 64 KiB).</summary>
    public const long DefaultMaxBytes = 1024 * 1024;

    /// <summary>
    /// The folder of source digests (<c>seeds/*.md</c>) that citations are checked against. When null,
    /// <c>ScenarioLoader.LoadFile</c> looks for a <c>seeds/</c> folder with digests beside the file
    /// or in a parent folder, and otherwise uses the digests built into this library.
    /// </summary>
    public string? SeedsDirectory { get; init; }

    /// <summary>
    /// The folder of the source articles' text files. When set, every anchor is checked against the
    /// paragraph its card cites; when null, anchors are checked only for length.
    /// </summary>
    public string? SourcesDirectory { get; init; }

    /// <summary>Files larger than this are refused before they are parsed.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;
}
