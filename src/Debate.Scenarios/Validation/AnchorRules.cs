using System.Collections.Immutable;
using System.Globalization;
using Debate.Scenarios.Digests;
using Debate.Scenarios.Text;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Validation;

/// <summary>
/// Provenance: with the source texts at hand, every anchor must occur verbatim in the paragraph its
/// card cites (whitespace collapsed, curly quotes made straight), should not have been cut from
/// behind a negation, and each digest must number its source's paragraphs as the source has them.
/// </summary>
internal static class AnchorRules
{
    public static void Check(IEnumerable<Citing> citings, DigestLibrary digests, string sourcesDirectory, Findings findings)
    {
        var sources = new Dictionary<string, ImmutableArray<string>?>(StringComparer.Ordinal);
        foreach (var citing in citings)
        {
            if (citing.Anchor is not { } anchor || !digests.Documents.TryGetValue(citing.Cite.Value.Document, out var digest))
            {
                continue;
            }

            if (!sources.TryGetValue(digest.Id, out var paragraphs))
            {
                paragraphs = Load(digest, sourcesDirectory, anchor.At, findings);
                sources[digest.Id] = paragraphs;
            }

            var number = citing.Cite.Value.Paragraph;
            if (paragraphs is not { } text || number > text.Length)
            {
                continue;
            }

            if (SourceParagraphs.Contains(text[number - 1], anchor.Value))
            {
                if (Negation.Before(text[number - 1], anchor.Value) is { } lead)
                {
                    findings.Warning(
                        anchor.At,
                        $"{citing.Owner}: anchor \"{anchor.Value}\" directly follows \"{lead}\" in {digest.Id} ¶{number}, so on its own it reads as the opposite of the source",
                        "check that the card says what the paragraph says, and anchor a phrase that keeps the negation (or one the card affirms)");
                }
            }
            else
            {
                var elsewhere = text.Select((p, i) => (p, i)).Where(x => SourceParagraphs.Contains(x.p, anchor.Value)).Select(x => x.i + 1).ToList();
                findings.Error(
                    anchor.At,
                    $"{citing.Owner}: anchor \"{anchor.Value}\" is not in {digest.Id} ¶{number}",
                    elsewhere.Count > 0
                        ? $"it occurs in {string.Join(", ", elsewhere.Take(5).Select(n => string.Create(CultureInfo.InvariantCulture, $"¶{n}")))}: cite that paragraph"
                        : $"copy a phrase of up to 8 words exactly from ¶{number} of {digest.SourceFile} (runs of spaces and curly quotes are forgiven)");
            }
        }
    }

    private static ImmutableArray<string>? Load(Digest digest, string directory, Mark at, Findings findings)
    {
        if (!DigestReader.IsPlainFileName(digest.SourceFile))
        {
            findings.Error(at, $"the source-file of {digest.Id} is not a file name inside the sources folder", "write only the file's name in the digest's source-file line");
            return null;
        }

        var path = Path.Combine(directory, digest.SourceFile);
        try
        {
            if (!File.Exists(path))
            {
                findings.Error(at, $"the source text of {digest.Id}, {digest.SourceFile}, is not in {directory}", "pass the folder that holds the articles' .txt files with --sources");
                return null;
            }

            var local = new Findings(path);
            if (ScenarioText.ReadFile(path, 16 * LoadOptions.DefaultMaxBytes, local) is not { } bytes
                || ScenarioText.Decode(bytes, local) is not { } text)
            {
                foreach (var problem in local.ToImmutable())
                {
                    findings.Add(problem);
                }

                return null;
            }

            var paragraphs = SourceParagraphs.Split(text);
            if (paragraphs.Length != digest.Paragraphs.Length)
            {
                findings.Error(at, Invariant($"the source text {digest.SourceFile} has {paragraphs.Length} paragraphs, but the digest {digest.Id} lists {digest.Paragraphs.Length}"), "renumber the digest: paragraphs are the blank-line separated blocks of the source, counted from 1");
            }

            return paragraphs;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            findings.Error(at, $"the source text of {digest.Id} could not be read: {ex.Message}", "check the --sources folder");
            return null;
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
