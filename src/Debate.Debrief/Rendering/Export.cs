namespace Debate.Debrief.Rendering;

/// <summary>Renders a debrief in any export format; the one door the shell and the command line use.</summary>
public static class Export
{
    /// <summary>The short names the command line accepts, in order: md, json, html, csv.</summary>
    public static IReadOnlyList<string> Names { get; } = ["md", "json", "html", "csv"];

    /// <summary>The debrief as text in <paramref name="format"/>; lines end with <c>\n</c>.</summary>
    public static string Render(Debrief debrief, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(debrief);
        return format switch
        {
            ExportFormat.Markdown => MarkdownRenderer.Render(debrief),
            ExportFormat.Json => JsonRenderer.Render(debrief),
            ExportFormat.Html => HtmlRenderer.Render(debrief),
            ExportFormat.Csv => CsvRenderer.Render(debrief),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
        };
    }

    /// <summary>The format a short name (md, json, html, csv; any case) stands for.</summary>
    public static bool TryParse(string? name, out ExportFormat format)
    {
        var index = Names.ToList().FindIndex(n => string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        format = index < 0 ? default : (ExportFormat)index;
        return index >= 0;
    }

    /// <summary>The usual file extension of a format, without the dot.</summary>
    public static string Extension(ExportFormat format) => Names[(int)format];
}
