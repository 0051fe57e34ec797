using System.Buffers;
using System.Collections.Frozen;
using Debate.Scenarios.Digests;

namespace Debate.Scenarios.Validation;

/// <summary>
/// Whether an anchor was cut from behind a negation ("no indication that | China sees an imminent
/// security threat"): alone, such an anchor reads as the opposite of its source. A negation counts
/// when it stands at most <see cref="Reach"/> words before the anchor in the same clause (no
/// punctuation between), which catches "not | have to cross" and "nor Russia | could join".
/// </summary>
internal static class Negation
{
    /// <summary>How many words before the anchor are searched for a negation.</summary>
    public const int Reach = 3;

    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
        ["no", "not", "nor", "neither", "never", "none", "nothing", "nobody", "without", "cannot", "hardly"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(".,;:!?\u2014\u2013");

    private static readonly char[] Quotes = ['"', '\'', '(', ')'];

    /// <summary>
    /// The words from the negation up to the anchor ("no indication that") when every occurrence of
    /// <paramref name="anchor"/> in <paramref name="paragraph"/> follows a negation; otherwise null.
    /// </summary>
    public static string? Before(string paragraph, string anchor)
    {
        var text = SourceParagraphs.Normalize(paragraph);
        var phrase = SourceParagraphs.Normalize(anchor);
        if (phrase.Length == 0)
        {
            return null;
        }

        string? found = null;
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            if (NegatedLead(text[..at]) is not { } lead)
            {
                return null;
            }

            found ??= lead;
        }

        return found;
    }

    /// <summary>The last words of <paramref name="before"/> from a negation on, or null when none is within reach.</summary>
    private static string? NegatedLead(string before)
    {
        var open = before.TrimEnd(Quotes);
        if (open.Length > 0 && !char.IsWhiteSpace(open[^1]))
        {
            return null; // the anchor starts inside a word
        }

        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(Quotes)).Where(w => w.Length > 0).ToArray();
        for (var back = 1; back <= Reach && back <= words.Length; back++)
        {
            var word = words[^back];
            if (word.AsSpan().IndexOfAny(ClauseEnds) >= 0)
            {
                return null; // a clause ends here: what comes before does not govern the anchor
            }

            if (IsNegation(word))
            {
                return string.Join(' ', words[^back..]);
            }
        }

        return null;
    }

    private static bool IsNegation(string word) =>
        Words.Contains(word) || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase);
}
