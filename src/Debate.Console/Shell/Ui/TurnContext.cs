using Debate.Console.Shell.Board;

namespace Debate.Console.Shell.Ui;

/// <summary>A human's turn: the board with their hand, their role sheet and a hint giver (practice), if any.</summary>
internal sealed record TurnContext(BoardState State, Page? Role, Func<string?>? Hint);
