using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Debrief.Model;

namespace Debate.Debrief.Building;

/// <summary>
/// Which paragraphs of each document the match used, by whom, and which argument paragraphs it left
/// aside. Documents are those the digests describe and those the scenario's cards cite.
/// </summary>
internal static class SourceCoverage
{
    public static ImmutableArray<DocumentCoverage> Of(MatchFacts facts)
    {
        var match = facts.Match;
        var uses = new List<(Citation Citation, ParagraphUser User)>();
        foreach (var a in match.Floor)
        {
            var card = match.Scenario.Card(a.Card);
            uses.Add((card.Citation, new ParagraphUser(match.Seats[a.Seat].Name, a.Seat, a.Id, card.Id.Value)));
        }

        foreach (var news in facts.NewsBySpeech.OrderBy(n => n.Key).Select(n => n.Value))
        {
            uses.Add((news.Citation, new ParagraphUser("News", null, null, news.Id.Value)));
        }

        var documents = facts.Options.Sources.Keys.Concat(match.Scenario.Cards.Select(c => c.Citation.Document))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return [.. documents.Select(d => Document(d, facts, uses))];
    }

    private static DocumentCoverage Document(string document, MatchFacts facts, List<(Citation Citation, ParagraphUser User)> uses)
    {
        var source = facts.Source(document);
        var paragraphs = source is null || source.Paragraphs.IsDefault ? [] : source.Paragraphs;
        var summaries = paragraphs.GroupBy(p => p.Number).ToDictionary(g => g.Key, g => g.First().Summary);
        var used = uses.Where(u => u.Citation.Document == document).GroupBy(u => u.Citation.Paragraph).OrderBy(g => g.Key)
            .Select(g => new ParagraphUse(g.Key, summaries.GetValueOrDefault(g.Key), [.. g.Select(u => u.User)]))
            .ToImmutableArray();
        var usedNumbers = used.Select(u => u.Paragraph).ToHashSet();
        var citing = facts.Scenario.Cards.Where(c => c.Citation.Document == document)
            .ToLookup(c => c.Citation.Paragraph, c => c.Id.Value);

        // With a digest, every argument paragraph counts; without one, only what the scenario's cards cite is known to matter.
        var candidates = source is null ? citing.Select(g => g.Key) : paragraphs.Where(p => p.IsArgument).Select(p => p.Number).Distinct();
        var unused = candidates.Where(p => !usedNumbers.Contains(p)).Order()
            .Select(p => new UnusedParagraph(p, summaries.GetValueOrDefault(p), [.. citing[p].Order(StringComparer.Ordinal)]))
            .ToImmutableArray();
        return new DocumentCoverage(
            document, source?.Title, source?.Author, source?.Outlet, source?.Date, source?.ParagraphCount, source is not null, used, unused);
    }
}
