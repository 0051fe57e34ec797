using System.CommandLine;

namespace Debate.Console.Verbs;

/// <summary>
/// `debate scenario`: the authoring commands. <c>validate</c> checks files and lists every problem,
/// <c>new</c> writes a commented template, <c>cards</c> lists a deck, <c>graph</c> draws it.
/// </summary>
internal static class ScenarioVerb
{
    public static Command Create() => new("scenario", "Write, check, list and draw scenario files.")
    {
        ScenarioValidateVerb.Create(),
        ScenarioNewVerb.Create(),
        ScenarioCardsVerb.Create(),
        ScenarioGraphVerb.Create(),
    };
}
