using Debate.Core.Text;

namespace Debate.Server.Screens;

/// <summary>
/// The one funnel for text that leaves the server for a page: scenario text, player names, engine
/// reasons. It goes through the project's sanitiser (<see cref="VisibleText"/>), so control, bidi and
/// zero-width characters arrive as visible marks; the pages insert it as text, never as markup, so
/// HTML in it stays inert.
/// </summary>
internal static class Shown
{
    /// <summary>One line: a name, a tag, a reason.</summary>
    public static string Text(string? text) => VisibleText.Line(text);

    /// <summary>A paragraph that may keep its line breaks: a card's body, a role's brief.</summary>
    public static string Block(string? text) => VisibleText.Block(text);
}
