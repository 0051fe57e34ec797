using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Core.Records;
using Debate.Debrief.Building;
using Debate.Debrief.Model;

namespace Debate.Debrief;

/// <summary>
/// Everything a seminar discusses after a match and an instructor grades from, as data: the
/// verdict with its reason, the flow, the transcript, source coverage, each player's match, the
/// questions for discussion and the rubric applied. Renderers turn it into Markdown, JSON, HTML
/// or CSV; the JSON field names are these property names in snake_case.
/// </summary>
/// <param name="FormatVersion">The debrief format (see <see cref="CurrentVersion"/>).</param>
/// <param name="Arguments">Every argument on the floor, by id; the other sections refer to these ids.</param>
public sealed record Debrief(
    int FormatVersion,
    MatchSummary Match,
    VerdictReport Verdict,
    ImmutableArray<ArgumentReport> Arguments,
    Flow Flow,
    ImmutableArray<TranscriptEntry> Transcript,
    ImmutableArray<DocumentCoverage> Sources,
    ImmutableArray<PlayerReport> Players,
    ImmutableArray<DiscussionQuestion> Questions,
    Assessment Assessment)
{
    /// <summary>The debrief format this build writes.</summary>
    public const int CurrentVersion = 1;

    /// <summary>
    /// Replays <paramref name="record"/> on <paramref name="scenario"/> and gathers its debrief, or
    /// says why it cannot: a record that does not replay to its recorded states would misreport the match.
    /// </summary>
    public static (Debrief? Debrief, string? Error) TryBuild(Scenario scenario, MatchRecord record, DebriefOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(options);
        return DebriefBuilder.Build(scenario, record, options);
    }

    /// <summary>
    /// The debrief of a record already known to replay. Throws <see cref="InvalidOperationException"/>
    /// with the reason when it does not; callers that read files use <see cref="TryBuild"/>.
    /// </summary>
    public static Debrief Build(Scenario scenario, MatchRecord record, DebriefOptions options)
    {
        var (debrief, error) = TryBuild(scenario, record, options);
        return debrief ?? throw new InvalidOperationException(error);
    }

    /// <summary>An argument by floor id.</summary>
    public ArgumentReport Argument(int id) => Arguments[id - 1];
}
