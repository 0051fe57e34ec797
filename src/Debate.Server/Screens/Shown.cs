namespace Debate.Server.Screens;

/// <summary>
/// The one funnel for text that leaves the server for a page: scenario text, player names, engine
/// reasons. The pages insert it as text (never as markup), so HTML is inert; control, bidi and
/// zero-width characters are the sanitiser's job (Debate.Core.Text.VisibleText, issue 14), which
/// this calls once it is on main. Names typed by players are already refused such characters (PersonName).
/// </summary>
internal static class Shown
{
    public static string Text(string? text) => text ?? string.Empty;
}
