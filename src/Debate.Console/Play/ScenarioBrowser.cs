using Debate.Core.Content;
using Debate.Console.Pages;

namespace Debate.Console.Play;

/// <summary>The Scenarios screen: what each scenario holds, and a check of any file with every problem listed.</summary>
internal sealed class ScenarioBrowser(ShellContext context)
{
    public async Task Run()
    {
        var cursor = 0;
        while (true)
        {
            var options = context.Catalog.Options;
            var items = options.Select(o => new ChoiceItem(o.Label, o.Detail)).Append(new ChoiceItem("Check a file... (type its path)", "Lists every problem with file:line:column and a hint.")).ToList();
            var pick = await context.Ui.Choose(new Choice("Scenarios", items, HelpTopic.Setup,
                [Line.Of("Scenarios are YAML files; put your own in scenarios/ beside where you run debate.", Tone.Dim)], cursor));
            if (pick is null)
            {
                return;
            }

            cursor = pick.Value;
            var source = await ScenarioChoice.Source(context.Ui, options, pick.Value, "Check a scenario file", "Path:");
            if (source is null)
            {
                continue;
            }

            var load = context.Catalog.Load(source);
            await context.Ui.Show(load.Scenario is { } s ? Describe(s) : new Page("Problems", [
                Line.Of($"{source}: {load.Problems.Count} problem(s).", Tone.Bad),
                .. load.Problems.Select(p => Line.Of(p, indent: 2)),
            ], HelpTopic.Reading));
        }
    }

    public static Page Describe(Scenario s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var lines = new List<Line>
        {
            Line.Blank.Add(s.Title, Tone.Title).Add($"  ({s.Id})", Tone.Dim),
            Line.Of(s.Motion.Text, Tone.Strong),
            Line.Blank.Add("Alliance: ", Tone.Alliance).Add(s.Motion.AllianceCase),
            Line.Blank.Add("Partnership: ", Tone.Partnership).Add(s.Motion.PartnershipCase),
            Line.Blank,
            Line.Of("Cards", Tone.Heading),
        };
        foreach (var side in Enum.GetValues<CardSide>())
        {
            var cards = s.Cards.Where(c => c.Side == side && c.Kind != CardKind.Event).ToList();
            lines.Add(Line.Of($"{side}: {cards.Count(c => c.Kind == CardKind.Claim)} claims, {cards.Count(c => c.Kind == CardKind.Evidence)} evidence, {cards.Count(c => c.Kind == CardKind.Rebuttal)} rebuttals", indent: 2));
        }

        lines.Add(Line.Of($"News events: {s.Events.Count()}; hand of {s.HandSize}", indent: 2));
        lines.Add(Line.Of("Themes: " + string.Join(", ", s.Themes.Select(t => t.Name)), indent: 2));
        lines.Add(Line.Of("Audience", Tone.Heading));
        lines.AddRange(s.Blocs.Select(b => Line.Of($"{b.Name}: {b.Share}% of the room; opens {b.Opening.For}% for, {b.Opening.Against}% against", indent: 2)));
        lines.Add(Line.Of("Format", Tone.Heading));
        lines.AddRange(s.Speeches.Select(sp => Line.Of($"{sp.Index + 1}. {sp.Title}: {string.Join(", ", sp.Speech.Allowed).ToLowerInvariant()}; time {sp.Speech.Time}{(sp.RevealsEvent ? "; news first" : string.Empty)}", indent: 2)));
        lines.Add(Line.Of("Roles", Tone.Heading));
        lines.AddRange(s.Roles.Select(r => Line.Of($"{r.Title} ({r.Side})", indent: 2)));
        if (!s.Personas.IsDefaultOrEmpty)
        {
            lines.Add(Line.Of("Opponent personas", Tone.Heading));
            lines.AddRange(s.Personas.Select(p => Line.Of($"{p.Name}: {p.Description}", indent: 2)));
        }

        return new Page($"Scenario: {s.Title}", lines, HelpTopic.Reading);
    }
}
