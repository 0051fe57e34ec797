using Debate.Core.Text;

namespace Debate.Console.Files;

/// <summary>
/// A file the program could not read or write, said in one line that names the path and what to
/// do ("/x/match.json: the folder is read-only; choose another folder"). It is an
/// <see cref="IOException"/>, so code that already handles I/O failures handles it too; the entry
/// point prints <see cref="Exception.Message"/> and exits with code 1.
/// </summary>
internal sealed class FileProblem(string path, string problem, Exception? inner = null)
    : IOException($"{VisibleText.Line(path)}: {problem}", inner)
{
    public string Path { get; } = path;

    public string Problem { get; } = problem;

    /// <summary>The one-line problem for a failed write of <paramref name="path"/>, from what the system said.</summary>
    public static FileProblem ForWrite(string path, Exception ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return new FileProblem(path, ex switch
        {
            FileProblem p => p.Problem,
            UnauthorizedAccessException => "permission denied: the folder is read-only or not yours; choose another folder or change its permissions",
            DirectoryNotFoundException => "its folder does not exist; create the folder first or choose another path",
            PathTooLongException => "the path is too long; choose a shorter one",
            IOException io when IsDiskFull(io) => "the disk is full; nothing was written. Free some space or choose another disk",
            IOException io when io.HResult == 30 || io.Message.Contains("Read-only file system", StringComparison.Ordinal) => "the file system is read-only; choose another folder",
            IOException io when io.HResult == 21 || io.Message.Contains("Is a directory", StringComparison.Ordinal) => "it is a folder; give the path of a file",
            _ => $"it could not be written ({OneLine(ex.Message)}); choose another path",
        }, ex);
    }

    /// <summary>ENOSPC (28) or EDQUOT (122): no space left for this user on the device.</summary>
    public static bool IsDiskFull(IOException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return ex.HResult is 28 or 122 || ex.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("quota", StringComparison.OrdinalIgnoreCase);
    }

    private static string OneLine(string text) => VisibleText.Line(text.ReplaceLineEndings(" ").Trim());
}
