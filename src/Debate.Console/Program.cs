using Debate.Console;
using Debate.Console.Shell.Hosting;

// `debate` alone opens the board: let Terminal.Gui load (its module initializer reads its whole
// configuration) on the other core while the command line is parsed and the saves are found.
if (args.Length == 0)
{
    BoardHost.StartWarming();
}

return await EntryPoint.RunAsync(args);
