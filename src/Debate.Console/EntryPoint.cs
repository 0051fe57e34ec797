using System.CommandLine;
using Debate.Console.Verbs;
using Debate.Core.Text;

namespace Debate.Console;

/// <summary>
/// The composition root: builds the command tree and is the only place that catches broadly.
/// Usage errors are one line and exit code 2; a file that cannot be read or written, and anything
/// else that goes wrong, one line and exit code 1 (the stack trace only with --verbose); a closed
/// or full standard output ends the command quietly. Every verb writes through guarded streams
/// (<see cref="StandardStreams"/>), so no escape sequence from a name or a file reaches the terminal.
/// </summary>
internal static class EntryPoint
{
    /// <summary>The exit code of a command whose reader closed the pipe, as a shell reports SIGPIPE.</summary>
    public const int BrokenPipe = 141;

    public static Task<int> RunAsync(string[] args) => RunAsync(args, System.Console.Out, System.Console.Error);

    /// <summary>Runs the command line with <paramref name="output"/> and <paramref name="error"/> as standard output and error.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        StandardStreams.Guard(output, error);
        try
        {
            return await RunGuardedAsync(args).ConfigureAwait(false);
        }
        finally
        {
            StandardStreams.Restore();
        }
    }

    /// <summary>The command tree: every verb, each built in its own file (a new verb is one more line in <see cref="VerbList"/>).</summary>
    public static RootCommand Tree()
    {
        var root = new RootCommand("Debate: argue a motion from its sources, on one shared screen.");
        root.Options.Add(GlobalOptions.Verbose);
        root.Options.Add(Play.ShellOptions.Plain);
        foreach (var verb in VerbList.All())
        {
            root.Subcommands.Add(verb);
        }

        root.SetAction(parse => NoVerb.Run(parse));
        Usage.RefuseEmptyValues(root);
        return root;
    }

    private static async Task<int> RunGuardedAsync(string[] args)
    {
        var verbose = args.Contains("--verbose");
        try
        {
            var parse = Tree().Parse(args);
            if (Usage.LineFor(parse) is { } usage)
            {
                System.Console.Error.WriteLine(usage);
                return Usage.ExitCode;
            }

            var code = await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
            System.Console.Out.Flush();
            return code;
        }
        catch (OutputClosedException closed)
        {
            return Quietly(closed);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            try
            {
                System.Console.Error.WriteLine(ex switch
                {
                    UsageException => ex.Message,
                    _ => "debate: " + VisibleText.Line(ex.Message.ReplaceLineEndings(" ")),
                });
                if (verbose)
                {
                    System.Console.Error.WriteLine(ex);
                }
            }
            catch (OutputClosedException closed)
            {
                return Quietly(closed);
            }

            return ex is UsageException ? Usage.ExitCode : 1;
        }
    }

    /// <summary>
    /// Standard output went away (a pipe closed by its reader: exit 141, no message, as tools end on
    /// SIGPIPE) or is full (one line on standard error if it can take one, exit 1).
    /// </summary>
    private static int Quietly(OutputClosedException closed)
    {
        if (closed.BrokenPipe)
        {
            return BrokenPipe;
        }

        try
        {
            if (closed.Stream != "standard error")
            {
                System.Console.Error.WriteLine($"debate: {closed.Message}");
            }
        }
        catch (OutputClosedException)
        {
            // Nowhere left to say it.
        }

        return 1;
    }
}
