using Debate.Console.Pages;

namespace Debate.Console.Play;

/// <summary>A line of text to type; <see cref="Validate"/> returns why an answer is refused, or null.</summary>
internal sealed record Question(
    string Title,
    string Prompt,
    HelpTopic Help,
    string? Default = null,
    Func<string, string?>? Validate = null,
    IReadOnlyList<Line>? Intro = null);
