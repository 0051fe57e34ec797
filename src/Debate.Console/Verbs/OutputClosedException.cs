namespace Debate.Console.Verbs;

/// <summary>
/// Standard output or error could not be written: the reader closed the pipe (as <c>head</c> does)
/// or the file behind it is full. The entry point ends the command quietly with a non-zero exit code.
/// </summary>
internal sealed class OutputClosedException(string stream, Exception inner)
    : IOException($"{stream} could not be written: {inner.Message}", inner)
{
    public string Stream { get; } = stream;

    /// <summary>
    /// Whether the stream is gone (the reader closed the pipe, or the descriptor was closed), which
    /// tools end on silently, rather than full (a message is worth trying on the other stream).
    /// </summary>
    public bool BrokenPipe => InnerException is UnauthorizedAccessException or ObjectDisposedException
        || InnerException?.Message.Contains("pipe", StringComparison.OrdinalIgnoreCase) == true
        || InnerException?.Message.Contains("Bad file descriptor", StringComparison.OrdinalIgnoreCase) == true;
}
