using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Runtime.CompilerServices;

namespace Debate.Console.Verbs;

/// <summary>
/// Usage errors in one line: which option or argument is wrong and what it takes, then where the
/// help is; never the whole help or a .NET type name. Each option says what it takes with
/// <see cref="Takes{T}"/>; a verb added later (serve, say) gets the same treatment by doing so.
/// </summary>
internal static class Usage
{
    public const int ExitCode = 2;

    private static readonly ConditionalWeakTable<Symbol, string> Phrases = [];

    /// <summary>Records what <paramref name="symbol"/> takes, as a usage error will say it ("a whole number from 1 to 1000000").</summary>
    public static T Takes<T>(this T symbol, string phrase)
        where T : Symbol
    {
        ArgumentNullException.ThrowIfNull(symbol);
        Phrases.AddOrUpdate(symbol, phrase);
        return symbol;
    }

    /// <summary>What <paramref name="symbol"/> takes, from <see cref="Takes{T}"/> or else from its type.</summary>
    public static string PhraseOf(Symbol symbol) => Phrases.TryGetValue(symbol, out var phrase) ? phrase : symbol switch
    {
        Option<bool> => "no value",
        Option<int> or Option<int?> or Argument<int> => "a whole number",
        _ => "a value",
    };

    /// <summary>
    /// Every string option and argument under <paramref name="command"/> refuses an empty value: an
    /// empty path or name is a usage error, never a file called ".yaml" or ".tmp".
    /// </summary>
    public static void RefuseEmptyValues(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in command.Options)
        {
            if (option.ValueType == typeof(string) || option.ValueType == typeof(string[]))
            {
                option.Validators.Add(r => RefuseEmpty(r, option.Name, option));
            }
        }

        foreach (var argument in command.Arguments)
        {
            if (argument.ValueType == typeof(string) || argument.ValueType == typeof(string[]))
            {
                argument.Validators.Add(r => RefuseEmpty(r, argument.Name, argument));
            }
        }

        foreach (var sub in command.Subcommands)
        {
            RefuseEmptyValues(sub);
        }
    }

    /// <summary>The one line for a command line that did not parse, or null when it did (or asks for help).</summary>
    public static string? LineFor(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.Errors.Count == 0 || parse.Action is HelpAction)
        {
            return null;
        }

        var command = CommandPath(parse.CommandResult);
        var error = parse.Errors[0];
        var what = Describe(error, parse);
        return $"{command}: {what} (see '{command} --help')";
    }

    /// <summary>A usage error found after parsing, in the same form.</summary>
    public static string Line(string commandPath, string what) => $"{commandPath}: {what} (see '{commandPath} --help')";

    /// <summary>The verbs from the root to <paramref name="result"/>: "debate scenario new".</summary>
    public static string CommandPath(CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
            {
                names.Add(c.Parent is null ? "debate" : c.Command.Name);
            }
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    private static string Describe(ParseError error, ParseResult parse)
    {
        switch (error.SymbolResult)
        {
            case OptionResult o:
                return OptionProblem(o.Option, o.Tokens.Select(t => t.Value).FirstOrDefault(), error.Message);
            case ArgumentResult { Parent: OptionResult o }:
                return OptionProblem(o.Option, o.Tokens.Select(t => t.Value).FirstOrDefault(), error.Message);
            case ArgumentResult a:
                return a.Tokens.Count == 0
                    ? $"{a.Argument.Name} is missing; it takes {PhraseOf(a.Argument)}"
                    : Mine(error.Message, a.Argument.Name) ?? $"{a.Argument.Name} takes {PhraseOf(a.Argument)}, not '{a.Tokens[0].Value}'";
            default:
                if (parse.UnmatchedTokens.Count > 0)
                {
                    var token = parse.UnmatchedTokens[0];
                    var verbs = parse.CommandResult.Command.Subcommands.Select(s => s.Name).ToList();
                    return token.StartsWith('-')
                        ? $"'{token}' is not an option here"
                        : verbs.Count > 0
                            ? $"'{token}' is not a verb here; it takes one of: {string.Join(", ", verbs)}"
                            : $"'{token}' is not a value this command takes";
                }

                var missing = parse.CommandResult.Command.Arguments.FirstOrDefault();
                return missing is not null
                    ? $"{missing.Name} is missing; it takes {PhraseOf(missing)}"
                    : parse.CommandResult.Command.Subcommands.Count > 0
                        ? $"it needs one of: {string.Join(", ", parse.CommandResult.Command.Subcommands.Select(s => s.Name))}"
                        : "the command line is not understood";
        }
    }

    private static string OptionProblem(Option option, string? token, string message) =>
        Mine(message, option.Name) ?? (token is null
            ? $"{option.Name} takes {PhraseOf(option)}; none was given"
            : $"{option.Name} takes {PhraseOf(option)}, not '{token}'");

    /// <summary>A message one of our own parsers or validators wrote (it starts with the symbol's name), else null.</summary>
    private static string? Mine(string message, string name) => message.StartsWith(name + " ", StringComparison.Ordinal) ? message : null;

    private static void RefuseEmpty(SymbolResult result, string name, Symbol symbol)
    {
        if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
        {
            result.AddError($"{name} takes {PhraseOf(symbol)}; it was given an empty value");
        }
    }
}
