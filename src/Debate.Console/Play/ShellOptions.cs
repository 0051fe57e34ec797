using System.CommandLine;

namespace Debate.Console.Play;

/// <summary>Options of the interactive shell, accepted by every verb that opens it.</summary>
internal static class ShellOptions
{
    public static readonly Option<bool> Plain = new("--plain")
    {
        Description = "A linear, screen-reader-friendly shell: no colour, no box drawing, numbered choices, one line per item.",
        Recursive = true,
    };
}
