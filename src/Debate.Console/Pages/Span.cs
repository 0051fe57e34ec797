namespace Debate.Console.Pages;

/// <summary>A run of text in one tone. The text is raw: it is escaped when it is rendered.</summary>
internal sealed record Span(string Text, Tone Tone = Tone.Plain);
