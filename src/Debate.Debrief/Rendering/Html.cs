using System.Net;
using Debate.Core.Content;
using Debate.Core.Text;

namespace Debate.Debrief.Rendering;

/// <summary>
/// HTML text safety: every text from the debrief goes through <see cref="Encode"/>, which first makes
/// controls, bidi overrides and invisible characters visible marks (a page can reorder or hide them too).
/// </summary>
internal static class Html
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(VisibleText.Line(text));

    public static string SideClass(Side side) => side == Side.Alliance ? "alliance" : "partnership";
}
