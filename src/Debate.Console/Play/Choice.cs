using Debate.Console.Pages;

namespace Debate.Console.Play;

/// <summary>A menu: a title, optional lines above it, the items and the help behind <c>?</c>.</summary>
internal sealed record Choice(string Title, IReadOnlyList<ChoiceItem> Items, HelpTopic Help, IReadOnlyList<Line>? Intro = null, int Initial = 0);
