using Debate.Core.Content;
using Debate.Debrief.Model;

namespace Debate.Debrief.Building;

/// <summary>A card's citation completed from the source digest, when one was given.</summary>
internal static class Citations
{
    public static CitationReport Of(Citation citation, MatchFacts facts)
    {
        var source = facts.Source(citation.Document);
        return new CitationReport(
            citation.Document, citation.Paragraph, citation.ToString(), source?.Author, source?.Title, source?.Outlet, source?.Date);
    }
}
