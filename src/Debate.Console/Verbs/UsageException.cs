namespace Debate.Console.Verbs;

/// <summary>
/// A command line that parses but asks for something impossible (an empty path, a seat that does
/// not fit the scenario): the entry point prints its one line and exits with code 2.
/// </summary>
internal sealed class UsageException(string message) : Exception(message);
