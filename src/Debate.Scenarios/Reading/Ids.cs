using System.Globalization;
using System.Text.RegularExpressions;
using Debate.Scenarios.Dto;

namespace Debate.Scenarios.Reading;

/// <summary>The shapes of ids and citations the format accepts.</summary>
internal static partial class Ids
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

    /// <summary>
    /// The accepted forms of a citation: a document id, then the paragraph as <c>¶N</c> or <c>§N</c>
    /// (with or without a space), or after a space as <c>p N</c>, <c>p.N</c>, <c>para N</c> or
    /// <c>para. N</c> (the pilcrow is hard to type). The JSON schema's <c>cite</c> pattern is this
    /// text, so editors and the loader accept the same forms; a test keeps them equal.
    /// </summary>
    public const string CitePattern = @"^([A-Za-z0-9._-]{1,64})(?:\s*[¶§]\s*|\s+(?:[Pp]ara|[Pp])\.?\s*)([1-9][0-9]{0,5})$";

    public const string CiteHint = "write '<document> ¶<paragraph>', such as 'dai-2018 ¶4'; 'dai-2018 p4', 'dai-2018 para 4' and 'dai-2018 §4' are read the same (not #4, which YAML reads as a comment)";

    /// <summary>Parses a citation in any form of <see cref="CitePattern"/>; anything else (<c>#N</c>, <c>page 4</c>) is reported.</summary>
    public static Field<CiteRef>? Cite(MapReader reader)
    {
        var field = reader.Text("cite", required: true, maxLength: 100);
        if (field is null)
        {
            return null;
        }

        if (ParseCite(field.Value) is { } cite)
        {
            return new Field<CiteRef>(cite, field.At);
        }

        reader.Findings.Error(field.At, $"{reader.Owner}: cite '{field.Value}' must be written '<document> ¶<paragraph>' (or p, para, §)", CiteHint);
        return null;
    }

    /// <summary>The document and paragraph of <paramref name="text"/>, or null when it is not a citation.</summary>
    public static CiteRef? ParseCite(string text)
    {
        var match = CiteForm().Match(text.Trim());
        return match.Success
            ? new CiteRef(match.Groups[1].Value, int.Parse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture))
            : null;
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

    [GeneratedRegex(CitePattern, RegexOptions.CultureInvariant)]
    private static partial Regex CiteForm();
}
