using System.Globalization;
using Debate.Scenarios.Dto;

namespace Debate.Scenarios.Reading;

/// <summary>The shapes of ids and citations the format accepts.</summary>
internal static class Ids
{
    public const int MaxAnchorWords = 8;

    /// <summary>Lower-case words joined by hyphens: scenario and theme ids (<c>world-order</c>).</summary>
    public static bool IsSlug(string id) => id.Length is > 0 and <= 64 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <summary>Letters, digits, hyphen and underscore: card, bloc, role, persona and rubric ids (<c>A01</c>).</summary>
    public static bool IsName(string id) => id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static Field<string>? Read(MapReader reader, string key, bool slug)
    {
        var field = reader.Text(key, required: true, maxLength: 64);
        if (field is null)
        {
            return null;
        }

        if (slug ? IsSlug(field.Value) : IsName(field.Value))
        {
            return field;
        }

        var allowed = slug ? "lower-case letters, digits and '-'" : "letters, digits, '-' and '_'";
        reader.Findings.Error(field.At, $"{reader.Owner}: id '{field.Value}' may hold only {allowed}", $"for example '{(slug ? "world-order" : "A01")}'");
        return null;
    }

    /// <summary>Parses <c>document ¶N</c>; anything else (<c>#N</c>, <c>p.N</c>) is reported.</summary>
    public static Field<CiteRef>? Cite(MapReader reader)
    {
        var field = reader.Text("cite", required: true, maxLength: 100);
        if (field is null)
        {
            return null;
        }

        var parts = field.Value.Split('¶', 2);
        var document = parts[0].Trim();
        if (parts.Length == 2
            && IsCiteDocument(document)
            && int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var paragraph)
            && paragraph > 0)
        {
            return new Field<CiteRef>(new CiteRef(document, paragraph), field.At);
        }

        reader.Findings.Error(field.At, $"{reader.Owner}: cite '{field.Value}' must be written '<document> ¶<paragraph>'", "for example 'dai-2018 ¶4'; only the pilcrow ¶ is accepted (not p.4, nor #4, which YAML reads as a comment)");
        return null;
    }

    /// <summary>An anchor: text of at most <see cref="MaxAnchorWords"/> words.</summary>
    public static Field<string>? Anchor(MapReader reader)
    {
        var field = reader.Text("anchor", required: false, maxLength: 200);
        if (field is null)
        {
            return null;
        }

        var words = field.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        if (words <= MaxAnchorWords)
        {
            return field;
        }

        reader.Findings.Error(field.At, string.Create(CultureInfo.InvariantCulture, $"{reader.Owner}: anchor has {words} words; the limit is {MaxAnchorWords}"), "keep a short, distinctive phrase of the cited paragraph, copied exactly");
        return null;
    }

    private static bool IsCiteDocument(string id) => id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
