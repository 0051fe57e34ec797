namespace Debate.Debrief.Rendering;

/// <summary>The formats a debrief exports to.</summary>
public enum ExportFormat
{
    /// <summary>Markdown for reading and pasting into notes (<c>md</c>).</summary>
    Markdown,

    /// <summary>JSON for tools: the debrief model with snake_case field names (<c>json</c>).</summary>
    Json,

    /// <summary>One self-contained HTML page to project in class (<c>html</c>).</summary>
    Html,

    /// <summary>The rubric assessment for a gradebook, one row per player per criterion (<c>csv</c>).</summary>
    Csv,
}
