using System.Globalization;
using System.Text;

namespace Debate.Core.Text;

/// <summary>
/// The one sanitiser for text that came from outside the program (a scenario file, a save, a player)
/// on its way to a terminal or an export. Every character a terminal would act on or that a reader
/// could not see becomes a visible mark, so a hostile name can neither drive the terminal (clear the
/// screen, write the clipboard, retitle the window), nor reorder a line (bidi overrides), nor hide in
/// plain sight (zero-width characters), nor split a line of the board (line breaks in a name).
/// </summary>
/// <remarks>
/// Escape sequences need no parser: with its introducer (ESC, or a C1 control such as CSI U+009B)
/// made a mark, a CSI or OSC sequence is inert text and shows what it would have done, as in
/// <c>␛]52;c;…␇</c>. C0 controls and DEL become control pictures (or caret notation), everything
/// else that is marked becomes <c>&lt;U+202E&gt;</c>. Clean text comes back as the same string.
/// </remarks>
public static class VisibleText
{
    private const char ZeroWidthNonJoiner = '\u200C';
    private const char ZeroWidthJoiner = '\u200D';

    /// <summary>
    /// Text for one line (a name, an id, a label, a path, a message): every control character
    /// including line breaks becomes a mark, a tab becomes a space.
    /// </summary>
    public static string Line(string? text, MarkStyle style = MarkStyle.Unicode) => Render(text, block: false, style);

    /// <summary>
    /// Text for a block (a card's body, a role's brief): as <see cref="Line"/>, but line breaks stay
    /// (CR LF, a line separator, a paragraph separator and NEL become LF; a lone CR, which would
    /// overwrite the line, becomes a mark).
    /// </summary>
    public static string Block(string? text, MarkStyle style = MarkStyle.Unicode) => Render(text, block: true, style);

    /// <summary>Whether <see cref="Line"/> would leave the text as it is.</summary>
    public static bool IsVisibleLine(string? text) => text is null || FirstToChange(text, block: false) < 0;

    /// <summary>Whether <see cref="Block"/> would leave the text as it is.</summary>
    public static bool IsVisibleBlock(string? text) => text is null || FirstToChange(text, block: true) < 0;

    private static string Render(string? text, bool block, MarkStyle style)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var first = FirstToChange(text, block);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (block && c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (block && c is '\n' or '\u2028' or '\u2029' or '\u0085')
            {
                sb.Append('\n');
                continue;
            }

            if (c == '\t')
            {
                sb.Append(' ');
                continue;
            }

            var width = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            if (Marked(text, i))
            {
                AppendMark(sb, text, i, width, style);
            }
            else
            {
                sb.Append(text, i, width);
            }

            i += width - 1;
        }

        return sb.ToString();
    }

    /// <summary>The index of the first character that rendering changes, or -1.</summary>
    private static int FirstToChange(string text, bool block)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= ' ' and < '\u007F')
            {
                continue;
            }

            if (block && c == '\n')
            {
                continue;
            }

            if (c == '\t' || Marked(text, i))
            {
                return i;
            }

            if (char.IsHighSurrogate(c))
            {
                i++;
            }
        }

        return -1;
    }

    /// <summary>Whether the character (or surrogate pair) at <paramref name="i"/> becomes a mark.</summary>
    private static bool Marked(string text, int i)
    {
        var c = text[i];
        if (c < ' ' || c is >= '\u007F' and <= '\u009F')
        {
            return true;
        }

        if (char.IsSurrogate(c))
        {
            if (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return true;
            }

            return Invisible(char.ConvertToUtf32(c, text[i + 1]));
        }

        if (c is ZeroWidthJoiner or ZeroWidthNonJoiner)
        {
            return !(JoinsVisible(text, i - 1) && JoinsVisible(text, i + 1));
        }

        return Invisible(c);
    }

    /// <summary>
    /// Format characters, line and paragraph separators, noncharacters and the default-ignorable code
    /// points that draw nothing (bidi controls, zero-width spaces, fillers, tags). Variation selectors
    /// stay: they pick a glyph's form (emoji, CJK) and cannot hide or reorder anything.
    /// </summary>
    private static bool Invisible(int cp)
    {
        if (cp is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF) or (>= 0x180B and <= 0x180D) or 0x180F)
        {
            return false;
        }

        if (cp is 0x034F or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x3164 or 0xFFA0 or (>= 0xFFF0 and <= 0xFFF8) or (>= 0xE0000 and <= 0xE0FFF))
        {
            return true;
        }

        if (cp is (>= 0xFDD0 and <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE)
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(cp);
        return category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Control;
    }

    /// <summary>
    /// Whether the neighbour at <paramref name="i"/> is a visible non-ASCII character, between two of
    /// which a zero-width joiner or non-joiner does real work (emoji sequences, Persian and Indic script).
    /// </summary>
    private static bool JoinsVisible(string text, int i)
    {
        if (i < 0 || i >= text.Length || text[i] < '\u00A0' || char.IsWhiteSpace(text[i]))
        {
            return false;
        }

        var c = text[i];
        if (c is ZeroWidthJoiner or ZeroWidthNonJoiner)
        {
            return false;
        }

        if (char.IsLowSurrogate(c))
        {
            return i > 0 && char.IsHighSurrogate(text[i - 1]) && !Invisible(char.ConvertToUtf32(text[i - 1], c));
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && !Invisible(char.ConvertToUtf32(c, text[i + 1]));
        }

        return !Invisible(c);
    }

    private static void AppendMark(StringBuilder sb, string text, int i, int width, MarkStyle style)
    {
        var c = text[i];
        if (c < ' ' || c == '\u007F')
        {
            if (style == MarkStyle.Ascii)
            {
                sb.Append('^').Append(c == '\u007F' ? '?' : (char)(c + 64));
            }
            else
            {
                sb.Append(c == '\u007F' ? '\u2421' : (char)(0x2400 + c));
            }

            return;
        }

        var cp = width == 2 ? char.ConvertToUtf32(c, text[i + 1]) : c;
        sb.Append("<U+").Append(cp.ToString("X4", CultureInfo.InvariantCulture)).Append('>');
    }
}
