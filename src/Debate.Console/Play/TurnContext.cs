using Debate.Console.Pages;

namespace Debate.Console.Play;

/// <summary>A human's turn: the board with their hand, their role sheet and a hint giver (practice), if any.</summary>
internal sealed record TurnContext(BoardState State, Page? Role, Func<string?>? Hint);
