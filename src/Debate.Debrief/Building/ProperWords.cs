using Debate.Core.Content;

namespace Debate.Debrief.Building;

/// <summary>
/// The proper nouns of a scenario's text (and of the source digests' summaries), learnt from the
/// text itself: a word that is capitalised in mid-sentence somewhere and never written in lower case. The transcript lower-cases the first
/// letter of a tag to fit it after "argued that", and must not turn "Washington" into "washington".
/// </summary>
internal sealed class ProperWords
{
    private readonly HashSet<string> proper = new(StringComparer.Ordinal);

    private readonly HashSet<string> lower = new(StringComparer.OrdinalIgnoreCase);

    public ProperWords(Scenario scenario, IEnumerable<string>? moreText = null)
    {
        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in Texts(scenario).Concat(moreText ?? []))
        {
            var sentenceStart = true;
            foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var word = Normalise(token);
                if (word.Length > 0 && char.IsUpper(word[0]) && !sentenceStart)
                {
                    capitalised.Add(word);
                }
                else if (word.Length > 0 && char.IsLower(word[0]))
                {
                    lower.Add(word);
                }

                sentenceStart = token[^1] is '.' or '!' or '?' or ':' || (sentenceStart && word.Length == 0);
            }
        }

        proper.UnionWith(capitalised.Where(w => !lower.Contains(w)));
    }

    /// <summary>The text with its first letter lower-cased, unless the first word is a proper noun or an acronym.</summary>
    public string LowerFirst(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split(' ', 3);
        var first = Normalise(words[0]);
        var second = words.Length > 1 ? Normalise(words[1]) : string.Empty;
        if (text.Length == 0 || !char.IsUpper(text[0]) || first.Length == 0 || KeepsCapital(first, second))
        {
            return text;
        }

        return char.ToLowerInvariant(text[0]) + text[1..];
    }

    // A word never seen in lower case and followed by a capitalised one starts a name ("Wang Yi", "South China Sea").
    private bool KeepsCapital(string word, string next) =>
        word == "I" || proper.Contains(word) || word.Skip(1).Any(char.IsUpper)
        || (next.Length > 0 && char.IsUpper(next[0]) && !lower.Contains(word));

    private static string Normalise(string token)
    {
        var word = token.Trim().TrimStart('"', '\'', '(', '[', '“', '‘').TrimEnd('.', ',', ';', ':', '!', '?', '"', '\'', ')', ']', '”', '’');
        foreach (var possessive in new[] { "'s", "’s" })
        {
            if (word.EndsWith(possessive, StringComparison.Ordinal))
            {
                word = word[..^possessive.Length];
            }
        }

        return word;
    }

    private static IEnumerable<string> Texts(Scenario scenario)
    {
        yield return scenario.Motion.Text;
        yield return scenario.Motion.AllianceCase;
        yield return scenario.Motion.PartnershipCase;
        foreach (var card in scenario.Cards)
        {
            yield return card.Tag;
            yield return card.Body;
        }

        foreach (var role in scenario.Roles)
        {
            yield return role.Title;
            yield return role.Brief;
        }

        foreach (var bloc in scenario.Blocs)
        {
            yield return bloc.Name;
        }
    }
}
