using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Debate.Scenarios.Reading;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Digests;

/// <summary>
/// Reads a digest (<c>seeds/&lt;id&gt;.md</c>): the <c># id: title</c> line, header lines
/// (<c>source-file</c>, <c>author</c>, <c>outlet</c>, <c>date</c>, <c>paragraphs</c>, <c>numbering</c>),
/// then under <c>## Paragraphs</c> one <c>¶N [kind] summary</c> line per paragraph, with none missing.
/// </summary>
public static partial class DigestReader
{
    private static readonly Dictionary<string, ParagraphKind> Kinds = new(StringComparer.Ordinal)
    {
        ["argument"] = ParagraphKind.Argument,
        ["context"] = ParagraphKind.Context,
        ["furniture"] = ParagraphKind.Furniture,
    };

    /// <summary>Reads the digest in <paramref name="text"/>; <paramref name="path"/> names it in diagnostics.</summary>
    public static DigestResult Read(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        var findings = new Findings(path);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var paragraphs = new Dictionary<int, DigestParagraph>();
        string? id = null;
        var title = "";
        var inParagraphs = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var at = new Mark(i + 1, 1);
            if (line.Length == 0)
            {
                continue;
            }

            if (id is null)
            {
                var match = TitleLine().Match(line);
                if (!match.Success)
                {
                    findings.Error(at, "a digest starts with '# <document id>: <title>'", "for example '# dai-2018: Will Trump Cement the China-Russia Alliance?'");
                    return new DigestResult(null, findings.ToImmutable());
                }

                (id, title) = (match.Groups[1].Value, match.Groups[2].Value.Trim());
                if (!string.Equals(Path.GetFileNameWithoutExtension(path), id, StringComparison.Ordinal))
                {
                    findings.Error(at, $"the digest of '{id}' must be named {id}.md", $"rename the file or change the id on this line");
                }
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                inParagraphs = line == "## Paragraphs";
                if (!inParagraphs)
                {
                    findings.Error(at, $"unexpected heading '{ScalarNode.Shorten(line)}'", "a digest has one heading, '## Paragraphs', after the header lines");
                }
            }
            else if (inParagraphs)
            {
                Paragraph(line, at, paragraphs, findings);
            }
            else
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    findings.Error(at, $"a header line is 'name: value', not '{ScalarNode.Shorten(line)}'", "write for example 'source-file: 000_ef45ccff1751e502.txt'");
                    continue;
                }

                var (name, value) = (line[..colon].Trim(), line[(colon + 1)..].Trim());
                if (name == "source-file" && !IsPlainFileName(value))
                {
                    findings.Error(at, $"source-file must be a file name inside the sources folder, not the path '{ScalarNode.Shorten(value)}'", "write only the file's name, such as 'source-file: 000_ef45ccff1751e502.txt', and pass its folder with --sources");
                    continue;
                }

                header[name] = value;
            }
        }

        return Finish(id, title, header, paragraphs, findings);
    }

    /// <summary>
    /// Whether <paramref name="name"/> is a bare file name: no folder part, not absolute, not . or ..,
    /// so the anchor check can read only inside the sources folder it was given.
    /// </summary>
    public static bool IsPlainFileName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length > 0 && name is not "." and not ".."
            && name.IndexOfAny(['/', '\\', '\0']) < 0 && !Path.IsPathRooted(name) && Path.GetFileName(name) == name;
    }

    private static void Paragraph(string line, Mark at, Dictionary<int, DigestParagraph> paragraphs, Findings findings)
    {
        var match = ParagraphLine().Match(line);
        if (!match.Success || !Kinds.TryGetValue(match.Groups[2].Value, out var kind)
            || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            findings.Error(at, $"a paragraph line is '¶N [argument|context|furniture] summary', not '{ScalarNode.Shorten(line)}'", "for example '¶9 [argument] one or two sentences in your own words'");
            return;
        }

        if (!paragraphs.TryAdd(number, new DigestParagraph(number, kind, match.Groups[3].Value.Trim())))
        {
            findings.Error(at, string.Create(CultureInfo.InvariantCulture, $"¶{number} has two lines"), "keep one line per paragraph");
        }
    }

    private static DigestResult Finish(string? id, string title, Dictionary<string, string> header, Dictionary<int, DigestParagraph> paragraphs, Findings findings)
    {
        if (id is null)
        {
            findings.Error(Mark.FileStart, "the digest is empty", "start with '# <document id>: <title>'");
            return new DigestResult(null, findings.ToImmutable());
        }

        if (!header.TryGetValue("source-file", out var source) || source.Length == 0)
        {
            findings.Error(Mark.FileStart, "the digest has no 'source-file:' line", "name the source text file, such as 'source-file: 000_ef45ccff1751e502.txt'");
        }

        if (!header.TryGetValue("paragraphs", out var countText) || !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            findings.Error(Mark.FileStart, "the digest needs a 'paragraphs: N' line giving the number of paragraphs", "count the blocks of the source text and write 'paragraphs: 36'");
            return new DigestResult(null, findings.ToImmutable());
        }

        var beyond = paragraphs.Keys.Where(n => n > count).Order().ToList();
        var missing = Enumerable.Range(1, count).Where(n => !paragraphs.ContainsKey(n)).ToList();
        if (beyond.Count > 0)
        {
            findings.Error(Mark.FileStart, $"the digest says 'paragraphs: {count}' but has lines for {Numbers(beyond)}", "fix the count or remove those lines");
        }

        if (missing.Count > 0)
        {
            findings.Error(Mark.FileStart, $"the digest has no line for {Numbers(missing)}", "every paragraph of the source gets one line, furniture included");
        }

        if (findings.HasErrors)
        {
            return new DigestResult(null, findings.ToImmutable());
        }

        var digest = new Digest(
            id, title, source!, header.GetValueOrDefault("author", ""), header.GetValueOrDefault("outlet", ""), header.GetValueOrDefault("date", ""),
            [.. Enumerable.Range(1, count).Select(n => paragraphs[n])]);
        return new DigestResult(digest, findings.ToImmutable());
    }

    private static string Numbers(List<int> numbers) =>
        string.Join(", ", numbers.Take(10).Select(n => string.Create(CultureInfo.InvariantCulture, $"¶{n}"))) + (numbers.Count > 10 ? ", ..." : "");

    [GeneratedRegex(@"^#\s+([A-Za-z0-9._-]{1,64}):\s*(.*)$", RegexOptions.None, 1000)]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"^¶\s*(\d{1,6})\s+\[([a-z]+)\]\s*(.*)$", RegexOptions.None, 1000)]
    private static partial Regex ParagraphLine();
}
