namespace Debate.Scenarios.Files;

/// <summary>
/// What <see cref="CappedFile.Read"/> found: the file's bytes, or why it was not read, phrased to
/// follow the path in a message ("FILE: it is a folder, not a file").
/// </summary>
/// <param name="Bytes">The whole file, or null when it was not read.</param>
/// <param name="Problem">Why it was not read, in one line; null when it was.</param>
/// <param name="Missing">Whether the path names nothing at all (some callers treat that as usual).</param>
/// <param name="TooLarge">Whether the file was refused for its size alone.</param>
public sealed record CappedRead(byte[]? Bytes, string? Problem, bool Missing = false, bool TooLarge = false)
{
    /// <summary>Whether the bytes were read.</summary>
    public bool Succeeded => Bytes is not null;
}
