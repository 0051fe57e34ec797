using System.Globalization;
using Debate.Scenarios.Digests;
using Debate.Scenarios.Dto;
using Debate.Scenarios.Reading;

namespace Debate.Scenarios.Validation;

/// <summary>Every citation names a document with a digest and a paragraph that document has.</summary>
internal static class CitationRules
{
    public static void Check(ScenarioDto dto, DigestLibrary digests, Findings findings)
    {
        foreach (var citing in Citing.All(dto))
        {
            var cite = citing.Cite.Value;
            if (!digests.Documents.TryGetValue(cite.Document, out var digest))
            {
                findings.Error(citing.Cite.At, $"{citing.Owner}: cites '{cite.Document}', which has no digest", Hint(cite.Document, digests));
                continue;
            }

            var paragraph = digest.Paragraph(cite.Paragraph);
            if (paragraph is null)
            {
                findings.Error(citing.Cite.At, Invariant($"{citing.Owner}: cites {cite}, but {cite.Document} has paragraphs ¶1 to ¶{digest.Paragraphs.Length}"), $"check the paragraph number in the digest {cite.Document}.md");
            }
            else if (paragraph.Kind == ParagraphKind.Furniture)
            {
                findings.Warning(citing.Cite.At, $"{citing.Owner}: cites {cite}, which the digest marks as furniture (a heading, caption, byline or link): {Shorten(paragraph.Summary)}", "cite the paragraph that carries the fact or argument");
            }
            else if (paragraph.Kind == ParagraphKind.Context && citing.Argues)
            {
                findings.Warning(
                    citing.Cite.At,
                    $"{citing.Owner}: a claim cites {cite}, which carries no argument (the digest marks it as context: {Shorten(paragraph.Summary)})",
                    "a claim puts an argument of its own on the floor: cite the paragraph where the author makes it, or, if the card reports these facts, make it evidence or a rebuttal that answers with them");
            }
        }
    }

    private static string Hint(string document, DigestLibrary digests)
    {
        if (digests.Documents.Count == 0)
        {
            return $"no digests were found ({digests.Origin}); put {document}.md in a seeds/ folder beside the scenario, or pass --seeds DIR";
        }

        var nearest = NearestName.Of(document, digests.Documents.Keys);
        return nearest is not null
            ? $"did you mean '{nearest}'?"
            : $"digests in {digests.Origin}: {string.Join(", ", digests.Documents.Keys.Order(StringComparer.Ordinal))}";
    }

    private static string Shorten(string summary) => summary.Length <= 80 ? summary : summary[..77].TrimEnd() + "...";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
