using System.Globalization;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Opponents;
using Debate.Console.Pages;

namespace Debate.Console.Play;

/// <summary>The seats of a match as an editable table, with the seed and the start.</summary>
internal sealed class SeatTable(ShellContext context, Scenario scenario, string source)
{
    private const int MaxSeats = 2 * MatchSetup.MaxSeatsPerSide;

    private IShellUi Ui => context.Ui;

    public async Task<MatchPlan?> Run(List<SeatDraft> seats, ulong seed, string title)
    {
        ArgumentNullException.ThrowIfNull(seats);
        var cursor = -1;
        while (true)
        {
            var specs = seats.Select(s => s.ToSpec()).ToList();
            var problem = MatchSetup.Problem(scenario, specs);
            var items = seats.Select((s, i) => new ChoiceItem($"Seat {i + 1}: {s.Describe(scenario)}", "Choose to change the name, side, player or role.")).ToList();
            items.Add(new ChoiceItem("Add a seat", "Up to three seats a side; a side with several seats takes turns to speak.", seats.Count >= MaxSeats ? "Six seats is the most a match can have." : null));
            items.Add(new ChoiceItem($"Seed: {seed.ToString(CultureInfo.InvariantCulture)}", "The seed decides the shuffle and the roles dealt. Choose this to type one: the same seed and seats replay the same deal."));
            items.Add(new ChoiceItem("Start the match", null, problem));
            var intro = new List<Line>
            {
                Line.Blank.Add(scenario.Title, Tone.Title).Add($"  ({scenario.Id})", Tone.Dim),
                Line.Of(scenario.Motion.Text, Tone.Strong),
                Line.Of($"Alliance: {seats.Count(s => s.Side == Side.Alliance)} seat(s), Partnership: {seats.Count(s => s.Side == Side.Partnership)} seat(s); each side needs 1 to 3."),
            };
            if (problem is not null)
            {
                intro.Add(Line.Of(problem, Tone.Warn));
            }

            var start = items.Count - 1;
            var pick = await Ui.Choose(new Choice(title, items, HelpTopic.Setup, intro, cursor < 0 ? start : cursor));
            if (pick is null)
            {
                return null;
            }

            cursor = pick.Value;
            if (pick == start)
            {
                return new MatchPlan(scenario, source, specs, seed);
            }

            if (pick == start - 1)
            {
                var typed = await Ui.Ask(new Question("Seed", "Seed (a whole number):", HelpTopic.Setup, seed.ToString(CultureInfo.InvariantCulture),
                    s => ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? null : "A seed is a whole number, such as 482193."));
                seed = typed is null ? seed : ulong.Parse(typed, NumberStyles.None, CultureInfo.InvariantCulture);
            }
            else if (pick == start - 2)
            {
                var side = seats.Count(s => s.Side == Side.Alliance) <= seats.Count(s => s.Side == Side.Partnership) ? Side.Alliance : Side.Partnership;
                seats.Add(new SeatDraft(FreeName(seats), side));
            }
            else
            {
                await EditSeat(seats, pick.Value);
            }
        }
    }

    public static string? NameProblem(string name) =>
        string.IsNullOrWhiteSpace(name) ? "A seat needs a name." : name.Length > 24 ? "Keep names to 24 characters." : null;

    /// <summary>Human, a level or a persona; null to go back.</summary>
    public static async Task<string?> PickController(IShellUi ui, Scenario scenario, string title, bool includeHuman, string current)
    {
        ArgumentNullException.ThrowIfNull(ui);
        ArgumentNullException.ThrowIfNull(scenario);
        var names = OpponentFactory.Names(scenario).ToList();
        var items = new List<ChoiceItem>();
        var values = new List<string>();
        if (includeHuman)
        {
            items.Add(new ChoiceItem("Human at this keyboard", "A player in the room; hands stay hidden between turns."));
            values.Add("human");
        }

        foreach (var name in names)
        {
            var persona = scenario.Personas.IsDefault ? null : scenario.Personas.FirstOrDefault(p => p.Id == name);
            items.Add(persona is null
                ? new ChoiceItem($"Opponent: {name}", SetupFlow.LevelNote(name))
                : new ChoiceItem($"Persona: {persona.Name}", persona.Description));
            values.Add(name);
        }

        var initial = Math.Max(0, values.FindIndex(v => string.Equals(v, current, StringComparison.OrdinalIgnoreCase)));
        var pick = await ui.Choose(new Choice(title, items, HelpTopic.Setup, Initial: initial));
        return pick is null ? null : values[pick.Value];
    }

    private async Task EditSeat(List<SeatDraft> seats, int index)
    {
        var cursor = 0;
        while (true)
        {
            var s = seats[index];
            var items = new List<ChoiceItem>
            {
                new($"Name: {s.Name}"),
                new($"Side: {s.Side}", $"Choose to move this seat to {(s.Side == Side.Alliance ? Side.Partnership : Side.Alliance)}."),
                new($"Played by: {(s.IsHuman ? "a human" : s.Controller)}"),
                new($"Role: {s.Describe(scenario).Split("  ·  ")[^1]}"),
                new("Remove this seat", null, seats.Count <= 2 ? "A match needs at least two seats." : null),
                new("Done"),
            };
            var pick = await Ui.Choose(new Choice($"Seat {index + 1}", items, HelpTopic.Setup, Initial: cursor));
            if (pick is null or 5)
            {
                return;
            }

            cursor = pick.Value;
            switch (pick)
            {
                case 0:
                    var name = await Ui.Ask(new Question("Seat name", "Name:", HelpTopic.Setup, s.Name,
                        n => NameProblem(n) ?? (seats.Where((o, i) => i != index).Any(o => string.Equals(o.Name, n, StringComparison.OrdinalIgnoreCase)) ? "Another seat has that name." : null)));
                    seats[index] = name is null ? s : s with { Name = name };
                    break;
                case 1:
                    seats[index] = s with { Side = s.Side == Side.Alliance ? Side.Partnership : Side.Alliance, Roles = s.Roles == RoleMode.Chosen ? RoleMode.Dealt : s.Roles, RoleId = null };
                    break;
                case 2:
                    var controller = await PickController(Ui, scenario, $"Who plays {s.Name}?", includeHuman: true, s.Controller);
                    seats[index] = controller is null ? s : s with { Controller = controller };
                    break;
                case 3:
                    seats[index] = await PickRole(seats, index);
                    break;
                case 4:
                    seats.RemoveAt(index);
                    return;
            }
        }
    }

    private async Task<SeatDraft> PickRole(List<SeatDraft> seats, int index)
    {
        var s = seats[index];
        var roles = scenario.Roles.Where(r => r.Side == s.Side).ToList();
        var taken = seats.Where((o, i) => i != index && o.Roles == RoleMode.Chosen).Select(o => o.RoleId).ToHashSet();
        var items = new List<ChoiceItem>
        {
            new("Dealt at random", "A free role of this side, dealt from the seed. Each player reads theirs in private."),
            new("No role", "Play without a role sheet or a secret objective."),
        };
        items.AddRange(roles.Select(r => new ChoiceItem(r.Title, r.Brief, taken.Contains(r.Id) ? "Another seat already has this role." : null)));
        var pick = await Ui.Choose(new Choice($"Role for {s.Name} ({s.Side})", items, HelpTopic.Setup));
        return pick switch
        {
            null => s,
            0 => s with { Roles = RoleMode.Dealt, RoleId = null },
            1 => s with { Roles = RoleMode.None, RoleId = null },
            _ => s with { Roles = RoleMode.Chosen, RoleId = roles[pick.Value - 2].Id },
        };
    }

    private static string FreeName(List<SeatDraft> seats)
    {
        for (var n = seats.Count + 1; ; n++)
        {
            var name = $"Player {n}";
            if (!seats.Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                return name;
            }
        }
    }
}
