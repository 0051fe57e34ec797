namespace Debate.Console.Simulation;

/// <summary>Writes headings and tables either as aligned plain text or as Markdown, for reports read in both.</summary>
internal sealed class TableWriter(TextWriter output, bool markdown)
{
    public void Heading(int level, string text)
    {
        output.WriteLine();
        output.WriteLine(markdown ? $"{new string('#', level)} {text}" : level == 1 ? text.ToUpperInvariant() : text);
        if (!markdown && level > 1)
        {
            output.WriteLine(new string(level == 2 ? '=' : '-', text.Length));
        }

        if (markdown)
        {
            output.WriteLine();
        }
    }

    public void Rows(string[] header, IReadOnlyList<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        if (markdown)
        {
            output.WriteLine("| " + string.Join(" | ", header.Select(Escape)) + " |");
            output.WriteLine("|" + string.Concat(header.Select(_ => " --- |")));
            foreach (var row in rows)
            {
                output.WriteLine("| " + string.Join(" | ", row.Select(Escape)) + " |");
            }

            output.WriteLine();
            return;
        }

        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        output.WriteLine(Line(header, widths).TrimEnd());
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row, widths).TrimEnd());
        }
    }

    private static string Line(string[] cells, int[] widths) => string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i])));

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);
}
