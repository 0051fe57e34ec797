namespace Debate.Console.Play;

/// <summary>A scenario on offer: a label, and its source (<c>builtin:NAME</c> or a file path).</summary>
internal sealed record ScenarioOption(string Label, string Source, string? Detail = null);
