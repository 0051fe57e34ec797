using System.CommandLine;
using System.Globalization;
using Debate.Core.Content;
using Debate.Core.Text;
using Debate.Scenarios;

namespace Debate.Console.Verbs;

/// <summary>`debate scenario cards FILE`: the deck as a plain-text table (id, kind, side, strength, cost, themes, tag, cite), events last.</summary>
internal static class ScenarioCardsVerb
{
    private static readonly string[] Headings = ["id", "kind", "side", "str", "cost", "themes", "tag", "cite"];

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A scenario file (or the name of a built-in scenario)." }.Takes("a scenario file or a built-in scenario's name");
        var seeds = ScenarioFiles.SeedsOption();
        var command = new Command("cards", "List a scenario's cards and events as a table.") { file, seeds };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(seeds), System.Console.Out));
        return command;
    }

    public static int Run(string file, string? seeds, TextWriter output)
    {
        var result = ScenarioFiles.Load(file, seeds, sources: null);
        if (!result.Succeeded)
        {
            ScenarioFiles.WriteDiagnostics(result, output);
            return 1;
        }

        WriteAbout(result.Scenario!, output);
        var rows = result.Scenario!.Cards.OrderBy(c => c.Kind == CardKind.Event).Select(Row).ToList();
        var widths = Headings.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
        output.WriteLine(Line(Headings, widths));
        output.WriteLine(Line([.. widths.Select(w => new string('-', w))], widths));
        rows.ForEach(r => output.WriteLine(Line(r, widths)));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows.Count(r => r[1] != "event")} cards, {rows.Count(r => r[1] == "event")} events"));
        return 0;
    }

    /// <summary>The title and, when the file gives one, the description: what an instructor should know before the deck.</summary>
    private static void WriteAbout(Scenario scenario, TextWriter output)
    {
        if (scenario.Description.Length == 0)
        {
            return;
        }

        output.WriteLine(VisibleText.Line(scenario.Title));
        foreach (var line in Wrap(VisibleText.Block(scenario.Description), 100))
        {
            output.WriteLine(line);
        }

        output.WriteLine();
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    yield return line;
                    line = "";
                }

                line = line.Length == 0 ? word : line + " " + word;
            }

            yield return line;
        }
    }

    private static string[] Row(Card card)
    {
        var isEvent = card.Kind == CardKind.Event;
        return
        [
            card.Id.Value,
            card.Kind.ToString().ToLowerInvariant(),
            isEvent ? "-" : card.Side.ToString().ToLowerInvariant(),
            isEvent ? "-" : card.Strength.ToString(CultureInfo.InvariantCulture),
            isEvent ? "-" : card.Cost.ToString(CultureInfo.InvariantCulture),
            isEvent ? string.Join(",", card.Effects.Select(e => e.Theme).Distinct()) : string.Join(",", card.Themes),
            card.Tag,
            card.Citation.ToString(),
        ];
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd();
}
