using System.CommandLine;
using System.Globalization;
using Debate.Console.Files;
using Debate.Console.Saves;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Records;
using Debate.Core.Text;
using Debate.Console.Pages;
using Debate.Console.Play;

namespace Debate.Console.Verbs;

/// <summary>
/// `debate play`: a match straight from the command line. With opponents on every seat it needs no
/// terminal (moves and verdict printed, the record written with --save); with a human seat it opens
/// the shell's board.
/// </summary>
internal static class PlayVerb
{
    public static Command Create()
    {
        var scenario = new Option<string?>("--scenario") { Description = "A scenario file (default: the built-in debate)." }.Takes("a scenario file or a built-in scenario's name");
        var seats = new Option<string[]>("--seat")
        {
            Description = "A seat as Name:side[:level], repeated for each seat; side alliance or partnership, level human (default), novice, debater, champion or a persona.",
            AllowMultipleArgumentsPerToken = false,
        }.Takes("a seat as Name:side[:level], such as \"Ann:alliance:debater\"");
        var seed = VerbOptions.Seed("The seed of the deal (default: a random one, printed).");
        var save = new Option<string?>("--save") { Description = "Write the match record (JSON, as debate replay reads) to this file." }.Takes("the path of a file to write the match record to");
        var command = new Command("play", "Play a match: opponents on every seat run without a terminal; a human seat opens the board.")
        {
            scenario, seats, seed, save,
        };
        command.SetAction(parse => Run(parse.GetValue(scenario), parse.GetValue(seats) ?? [], parse.GetValue(seed), parse.GetValue(save), parse.GetValue(ShellOptions.Plain)));
        return command;
    }

    private static int Run(string? path, string[] seatTexts, ulong? seedGiven, string? savePath, bool plain)
    {
        var scenario = ScenarioSource.Load(path, System.Console.Error);
        if (scenario is null)
        {
            return 1;
        }

        var specs = new List<SeatSpec>();
        foreach (var text in seatTexts)
        {
            var (seat, error) = SeatArgument.Parse(text, scenario);
            if (seat is null)
            {
                throw new UsageException(Usage.Line("debate play", error ?? "--seat is not a seat"));
            }

            specs.Add(seat);
        }

        var seed = seedGiven ?? SetupFlow.NewSeed();
        var source = path is null ? ScenarioCatalog.BuiltInPrefix + scenario.Id : Path.GetFullPath(path);
        if (specs.Count == 0)
        {
            return ShellHost.Run(plain, "debate play without --seat (it opens the seat table)", async context =>
            {
                var plan = await new SeatTable(context, scenario, source).Run([new("Player 1", Side.Alliance), new("Player 2", Side.Partnership)], seed, "Play: the seats");
                return plan is null ? 0 : await PlayInShell(context, plan, savePath);
            });
        }

        if (MatchSetup.Problem(scenario, specs) is { } problem)
        {
            throw new UsageException(Usage.Line("debate play", $"--seat: {problem}"));
        }

        if (specs.Any(s => string.Equals(s.Controller, "human", StringComparison.OrdinalIgnoreCase)))
        {
            return ShellHost.Run(plain, "a match with a human seat", context =>
                PlayInShell(context, new MatchPlan(scenario, source, specs, seed), savePath));
        }

        if (savePath is not null)
        {
            AtomicFile.Check(savePath, inputs: [path]);
            if (SaveLock.Holder(savePath) is { } holder && holder.ProcessId != Environment.ProcessId)
            {
                // One match, one writer: a save a shell has open is never written over.
                throw new SaveInUseException(savePath, holder);
            }
        }

        System.Console.WriteLine($"debate play: {VisibleText.Line(scenario.Title)} ({VisibleText.Line(scenario.Id)}), seed {seed.ToString(CultureInfo.InvariantCulture)}");
        var match = MatchSetup.Start(scenario, specs, seed);
        foreach (var s in match.Seats)
        {
            var role = match.RoleOf(s.Index)?.Title;
            System.Console.WriteLine(VisibleText.Line($"  {s.Name}: {s.Side}, {s.Controller}{(role is null ? string.Empty : $", {role}")}"));
        }

        var record = HeadlessMatch.Run(match, System.Console.Out);
        if (savePath is not null)
        {
            AtomicFile.Write(savePath, RecordJson.Write(record), inputs: [path]);
            System.Console.WriteLine($"The match record is saved in {VisibleText.Line(savePath)}.");
        }

        return 0;
    }

    private static async Task<int> PlayInShell(ShellContext context, MatchPlan plan, string? savePath)
    {
        var runner = new MatchRunner(context);
        await runner.Start(plan);
        if (savePath is not null && runner.SavePath is { } saved && SavedMatch.Read(saved, finished: true).Record is { } record)
        {
            AtomicFile.Write(savePath, RecordJson.Write(record));
        }

        return 0;
    }
}
