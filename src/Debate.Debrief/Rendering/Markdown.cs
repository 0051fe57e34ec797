using System.Text;

namespace Debate.Debrief.Rendering;

/// <summary>
/// Markdown text safety: text from scenarios and players is backslash-escaped where Markdown would
/// read it as markup, and kept on one line so it cannot break a table or a list.
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

        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n' or '\t')
            {
                sb.Append(' ');
                continue;
            }

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
