using System.CommandLine;
using Debate.Console.Pages;
using Debate.Console.Play;

namespace Debate.Console.Verbs;

/// <summary>`debate` with no verb: the main menu of the shell (it needs an interactive terminal).</summary>
internal static class NoVerb
{
    public static int Run(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return ShellHost.Run(parse.GetValue(ShellOptions.Plain), "the menu", context => new MainMenu(context).Run());
    }
}
