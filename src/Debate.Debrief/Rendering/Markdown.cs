using System.Text;
using Debate.Core.Text;

namespace Debate.Debrief.Rendering;

/// <summary>
/// Markdown text safety: text from scenarios and players is first made visible (controls, escape
/// sequences, bidi and zero-width characters become marks, line breaks too, so it cannot break a
/// table or a list), then backslash-escaped where Markdown would read it as markup.
/// </summary>
internal static class Markdown
{
    private const string Special = "\\`*_[]<>|";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        text = VisibleText.Line(text);
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // An ampersand is markup only where it could start an entity such as &copy;.
            var entity = c == '&' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '#');
            if (entity || Special.Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
