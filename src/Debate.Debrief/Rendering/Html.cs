using System.Net;
using Debate.Core.Content;

namespace Debate.Debrief.Rendering;

/// <summary>HTML text safety: every text from the debrief goes through <see cref="Encode"/>.</summary>
internal static class Html
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    public static string SideClass(Side side) => side == Side.Alliance ? "alliance" : "partnership";
}
