using Debate.Core.Text;

namespace Debate.Console.Pages;

/// <summary>
/// The door through which text from a scenario file, a save or a player reaches a screen: both
/// faces (the board and the plain mode) draw every span through it, and it hands the text to the
/// project's one sanitiser, <see cref="VisibleText"/>, so nothing drawn can act on the terminal,
/// reorder a line or hide.
/// </summary>
internal static class Shown
{
    /// <summary>Text for one line: names, tags, labels, paths.</summary>
    public static string Line(string? text) => VisibleText.Line(text);

    /// <summary>Text that may run to several lines (a card's body, a role's brief): line breaks kept as <c>\n</c>.</summary>
    public static string Block(string? text) => VisibleText.Block(text);
}
