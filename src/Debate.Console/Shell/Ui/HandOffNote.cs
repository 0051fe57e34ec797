using Debate.Core.Content;

namespace Debate.Console.Shell.Ui;

/// <summary>The screen that hides every hand until the named player takes the keyboard.</summary>
internal sealed record HandOffNote(string Name, Side Side, string Purpose);
