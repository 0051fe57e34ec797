using System.Collections.Immutable;
using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Records;
using Debate.Debrief.Model;

namespace Debate.Debrief.Building;

/// <summary>
/// What every section of the debrief is drawn from, computed once: the replayed match, its verdict,
/// the judged arguments, the speeches given and the news revealed before each.
/// </summary>
internal sealed class MatchFacts
{
    public MatchFacts(Match match, MatchRecord record, DebriefOptions options)
    {
        Match = match;
        Record = record;
        Options = options;
        Verdict = Adjudicator.Judge(match);
        SpeechesGiven = match.IsOver ? match.Scenario.Speeches.Length : match.SpeechIndex + 1;
        NewsBySpeech = News(match, SpeechesGiven);
        Words = new ProperWords(match.Scenario, options.Sources.Values.SelectMany(Texts));
        Arguments = ArgumentReports.Of(match, Verdict);
    }

    public Match Match { get; }

    public MatchRecord Record { get; }

    public DebriefOptions Options { get; }

    public Scenario Scenario => Match.Scenario;

    public Verdict Verdict { get; }

    /// <summary>Speeches entered so far: every speech of a finished match, up to the current one otherwise.</summary>
    public int SpeechesGiven { get; }

    /// <summary>The event revealed just before each speech, if any.</summary>
    public ImmutableDictionary<int, Card> NewsBySpeech { get; }

    public ProperWords Words { get; }

    public ImmutableArray<ArgumentReport> Arguments { get; }

    public ArgumentReport Argument(int id) => Arguments[id - 1];

    public SourceDocument? Source(string document) => Options.Sources.TryGetValue(document, out var d) ? d : null;

    private static IEnumerable<string> Texts(SourceDocument source) =>
        source.Paragraphs.IsDefault ? [source.Title] : [source.Title, .. source.Paragraphs.Select(p => p.Summary)];

    // Events are drawn in deck order at each speech that reveals one, until the world deck runs out.
    private static ImmutableDictionary<int, Card> News(Match match, int given)
    {
        var news = ImmutableDictionary.CreateBuilder<int, Card>();
        var next = 0;
        for (var i = 0; i < given; i++)
        {
            if (match.Scenario.Speeches[i].RevealsEvent && next < match.EventsInPlay.Length)
            {
                news[i] = match.Scenario.Card(match.EventsInPlay[next++]);
            }
        }

        return news.ToImmutable();
    }
}
