using System.CommandLine;

namespace Debate.Console.Verbs;

/// <summary>Every verb of the `debate` command, each built in its own file.</summary>
internal static class VerbList
{
    public static IEnumerable<Command> All()
    {
        yield return PlayVerb.Create();
        yield return ReplayVerb.Create();
        yield return SimulateVerb.Create();
        yield return BalanceVerb.Create();
        yield return TournamentVerb.Create();
        yield return ExportVerb.Create();
        yield return ScenarioVerb.Create();
        yield return ServeVerb.Create();
    }
}
