using System.Globalization;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Opponents;
using Debate.Console.Pages;

namespace Debate.Console.Play;

/// <summary>
/// Match setup: the scenario, the seats (name, side, human or opponent, role) and the seed. A new
/// match starts with two human seats; practice starts with you against one opponent.
/// </summary>
internal sealed class SetupFlow(ShellContext context)
{
    private IShellUi Ui => context.Ui;

    public async Task<MatchPlan?> NewMatch()
    {
        if (await PickScenario() is not var (scenario, source))
        {
            return null;
        }

        List<SeatDraft> seats = [new("Player 1", Side.Alliance), new("Player 2", Side.Partnership)];
        return await new SeatTable(context, scenario, source).Run(seats, NewSeed(), "New match: the seats");
    }

    public async Task<MatchPlan?> Practice()
    {
        if (await PickScenario() is not var (scenario, source))
        {
            return null;
        }

        var name = await Ui.Ask(new Question("Practice", "Your name:", HelpTopic.Setup, "You", SeatTable.NameProblem));
        if (name is null)
        {
            return null;
        }

        var side = await Ui.Choose(new Choice("Practice: your side", [
            new ChoiceItem("Alliance", scenario.Motion.AllianceCase),
            new ChoiceItem("Partnership", scenario.Motion.PartnershipCase),
        ], HelpTopic.Setup, [Line.Of(scenario.Motion.Text, Tone.Title)]));
        if (side is null)
        {
            return null;
        }

        var mine = side == 0 ? Side.Alliance : Side.Partnership;
        var level = await SeatTable.PickController(Ui, scenario, "Practice: your opponent", includeHuman: false, current: "debater");
        if (level is null)
        {
            return null;
        }

        List<SeatDraft> seats = [new(name, mine), new(OpponentName(level, scenario), mine == Side.Alliance ? Side.Partnership : Side.Alliance, level)];
        if (mine == Side.Partnership)
        {
            seats.Reverse();
        }

        return await new SeatTable(context, scenario, source).Run(seats, NewSeed(), "Practice: the seats");
    }

    /// <summary>A scenario chosen from the catalog or typed as a path; problems are shown and the choice offered again.</summary>
    public async Task<(Scenario Scenario, string Source)?> PickScenario()
    {
        var options = context.Catalog.Options;
        while (true)
        {
            var items = options.Select(o => new ChoiceItem(o.Label, o.Detail)).Append(new ChoiceItem("Another file... (type its path)")).ToList();
            var pick = await Ui.Choose(new Choice("Choose a scenario", items, HelpTopic.Setup, [Line.Of("The scenario sets the motion, the cards, the audience, the roles and the format.")]));
            if (pick is null)
            {
                return null;
            }

            var source = await ScenarioChoice.Source(Ui, options, pick.Value, "Open a scenario file", "Path to a scenario (.yaml):");
            if (source is null)
            {
                continue;
            }

            var load = context.Catalog.Load(source);
            if (load.Scenario is not null)
            {
                return (load.Scenario, source);
            }

            await Ui.Show(new Page("This scenario has problems", [
                Line.Of($"{source} cannot be played until these are fixed:", Tone.Bad),
                .. load.Problems.Select(p => Line.Of(p, indent: 2)),
            ], HelpTopic.Reading));
        }
    }

    public static ulong NewSeed() => (ulong)Random.Shared.NextInt64(100_000, 1_000_000);

    public static string OpponentName(string controller, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var persona = scenario.Personas.IsDefault ? null : scenario.Personas.FirstOrDefault(p => string.Equals(p.Id, controller, StringComparison.OrdinalIgnoreCase));
        return persona?.Name ?? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(controller);
    }

    public static string LevelNote(string level) => level.ToUpperInvariant() switch
    {
        "NOVICE" => "plays a random legal move: a gentle start",
        "DEBATER" => "answers your most dangerous argument first, else builds where the room listens; says why",
        "CHAMPION" => "searches ahead over the cards it cannot see, within a time budget: the strongest",
        _ => "an opponent",
    };

    public static IReadOnlyList<string> Controllers(Scenario scenario) => OpponentFactory.Names(scenario);
}
