using Debate.Core.Content;

namespace Debate.Console.Play;

/// <summary>
/// The screen that hides every hand until the named player takes the keyboard. <see cref="Public"/>,
/// when given, is the board as everyone may see it (no hand), for news and the room while they wait.
/// </summary>
internal sealed record HandOffNote(string Name, Side Side, string Purpose, BoardState? Public = null);
