using System.CommandLine;
using Debate.Console.Verbs;

namespace Debate.Console;

/// <summary>
/// The composition root: builds the command tree and is the only place that catches broadly,
/// printing one friendly line (the stack trace only with --verbose).
/// </summary>
internal static class EntryPoint
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Debate: argue a motion from its sources, on one shared screen.");
        root.Options.Add(GlobalOptions.Verbose);
        root.Options.Add(Shell.ShellOptions.Plain);
        foreach (var verb in VerbList.All())
        {
            root.Subcommands.Add(verb);
        }

        root.SetAction(parse => NoVerb.Run(parse));
        try
        {
            return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            System.Console.Error.WriteLine($"debate: {ex.Message}");
            if (args.Contains("--verbose"))
            {
                System.Console.Error.WriteLine(ex);
            }

            return 1;
        }
    }
}
