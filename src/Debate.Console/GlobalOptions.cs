using System.CommandLine;

namespace Debate.Console;

/// <summary>Options every verb accepts.</summary>
internal static class GlobalOptions
{
    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Show the full stack trace when something goes wrong.",
        Recursive = true,
    };
}
