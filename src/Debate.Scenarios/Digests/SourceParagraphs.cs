using System.Collections.Immutable;
using System.Text;

namespace Debate.Scenarios.Digests;

/// <summary>
/// The reproducible paragraph numbering of a source text, and the comparison the anchor check
/// uses: whitespace runs collapsed to one space, curly quotes and apostrophes made straight.
/// </summary>
public static class SourceParagraphs
{
    /// <summary>
    /// Splits a source text into paragraphs: line endings to <c>\n</c>, split at every run of lines that
    /// are empty or whitespace-only, each block trimmed, empty blocks dropped; ¶1 is element 0.
    /// </summary>
    public static ImmutableArray<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = ImmutableArray.CreateBuilder<string>();
        var current = new StringBuilder();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush(current, blocks);
            }
            else
            {
                current.Append(line).Append('\n');
            }
        }

        Flush(current, blocks);
        return blocks.ToImmutable();
    }

    /// <summary>The text as the anchor check compares it.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                _ => c,
            });
        }

        return result.ToString();
    }

    /// <summary>Whether <paramref name="anchor"/> occurs verbatim in <paramref name="paragraph"/>, after normalising both.</summary>
    public static bool Contains(string paragraph, string anchor) =>
        Normalize(paragraph).Contains(Normalize(anchor), StringComparison.Ordinal);

    private static void Flush(StringBuilder current, ImmutableArray<string>.Builder blocks)
    {
        var block = current.ToString().Trim();
        if (block.Length > 0)
        {
            blocks.Add(block);
        }

        current.Clear();
    }
}
