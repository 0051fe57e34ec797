namespace Debate.Console.Pages;

/// <summary>A page to read (help, a card, the floor, the verdict), scrolled when it is long.</summary>
internal sealed record Page(string Title, IReadOnlyList<Line> Lines, HelpTopic Help);
