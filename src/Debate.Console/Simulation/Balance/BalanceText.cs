using System.Globalization;

namespace Debate.Console.Simulation.Balance;

/// <summary>The balance report as plain text for a terminal, or as Markdown for a scenario's notes.</summary>
internal static class BalanceText
{
    public static void Write(BalanceReport report, TextWriter output, bool markdown)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var table = new TableWriter(output, markdown);
        var inv = CultureInfo.InvariantCulture;
        table.Heading(1, $"Balance of {report.Scenario}: {report.Title}");
        output.WriteLine(string.Create(inv, $"{report.GamesPerPairing} games per pairing, seed {report.Seed}, {report.Seconds:0.0} s."));
        table.Heading(2, "Findings");
        foreach (var finding in report.Findings)
        {
            output.WriteLine($"- {finding}");
        }

        foreach (var p in report.Pairings)
        {
            var r = p.Result;
            table.Heading(2, r.Name);
            table.Rows(
                ["measure", "value"],
                [
                    ["Alliance wins", r.AllianceWins.ToString()],
                    ["Partnership wins", r.PartnershipWins.ToString()],
                    ["dead heats", r.DeadHeats.ToString(inv)],
                    .. r.Mirror ? Array.Empty<string[]>() : [[$"{r.First} wins", r.FirstWins.ToString()], [$"{r.Second} wins", r.SecondWins.ToString()]],
                    [$"first speaker ({r.FirstSpeaker}) wins", string.Create(inv, $"{r.FirstSpeakerWins} edge {r.FirstSpeakerEdge:+0.0;-0.0} pts")],
                    ["average length", string.Create(inv, $"{r.AverageMoves:0.0} moves, {r.AverageCards:0.0} cards")],
                    ["moves with a real choice (2+ cards)", string.Create(inv, $"{r.ChoiceRate * 100:0}%")],
                    ["margin (Alliance - Partnership swing)", string.Create(inv, $"mean {p.Swing.Mean:+0.0;-0.0}, median {p.Swing.Median:+0.0;-0.0}, 10-90% {p.Swing.P10:+0.0;-0.0} to {p.Swing.P90:+0.0;-0.0} pts")],
                ]);
            table.Heading(3, "Swing distribution (Alliance margin, points)");
            var most = Math.Max(1, p.Swing.Buckets.Max(b => b.Games));
            table.Rows(["margin", "games", ""], [.. p.Swing.Buckets.Select(b => new[]
            {
                Range(b.From, b.To), b.Games.ToString(inv), new string('#', (int)Math.Round(30.0 * b.Games / most)),
            })]);
            table.Heading(3, markdown ? "Card impact" : "Card impact (played in 5% of games or more; every card with --format markdown or json)");
            // In a terminal: the cards played often enough to judge (5% of games), most and least decisive.
            var judged = p.Cards.Where(c => c.PlayRate >= 0.05).ToList();
            var cards = markdown ? p.Cards : [.. judged.Take(8), .. judged.Skip(8).TakeLast(4)];
            table.Rows(["card", "side", "kind", "played", "win when played", "when not", "impact"], [.. cards.Select(c => new[]
            {
                c.Card, c.Side.ToString(), c.Kind.ToString(), string.Create(inv, $"{c.PlayRate * 100:0}%"),
                string.Create(inv, $"{c.WinWhenPlayed * 100:0}%"), string.Create(inv, $"{c.WinWhenNot * 100:0}%"), string.Create(inv, $"{c.Impact:+0;-0;0}"),
            })]);
            output.WriteLine(p.NeverPlayed.IsEmpty ? "Every card was played." : $"Never played: {string.Join(", ", p.NeverPlayed)}.");
        }

        table.Heading(2, "Cards never played in any pairing");
        output.WriteLine(report.NeverPlayed.IsEmpty ? "None." : string.Join(", ", report.NeverPlayed));
    }

    private static string Range(double from, double to) => (double.IsInfinity(from), double.IsInfinity(to)) switch
    {
        (true, _) => string.Create(CultureInfo.InvariantCulture, $"below {to:+0;-0}"),
        (_, true) => string.Create(CultureInfo.InvariantCulture, $"{from:+0;-0} and above"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{from:+0;-0;0} to {to:+0;-0;0}"),
    };
}
