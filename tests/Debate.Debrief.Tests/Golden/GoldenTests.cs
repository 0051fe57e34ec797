using Debate.Core.Content;
using Debate.Core.Records;
using Debate.Debrief.Rendering;
using Debate.Debrief.Tests.Builders;
using NUnit.Framework;

namespace Debate.Debrief.Tests.Golden;

/// <summary>
/// Recorded matches and their expected exports. Each case regenerates its record from a seeded
/// random playout (a change in the engine shows up here first), then exports the committed record
/// in every format and compares with the committed output.
/// </summary>
public sealed class GoldenTests
{
    public sealed record GoldenCase(string Name, ulong Seed, bool FourSeats, bool Sources, bool Anonymise, bool CustomRubric, int? StopAfter = null)
    {
        public override string ToString() => Name;
    }

    public static readonly GoldenCase[] Cases =
    [
        new("two-seats-seed-7", 7, FourSeats: false, Sources: true, Anonymise: false, CustomRubric: false),
        new("four-seats-seed-42-anonymised", 42, FourSeats: true, Sources: false, Anonymise: true, CustomRubric: true),
        new("unfinished-seed-3", 3, FourSeats: false, Sources: true, Anonymise: false, CustomRubric: false, StopAfter: 9),
    ];

    public static readonly RubricCriterion[] Rubric =
    [
        new("standing", "Arguments standing", RubricMeasure.ArgumentsStanding, 3, 2),
        new("dropped", "Left unanswered", RubricMeasure.Dropped, 1, 1),
        new("objective", "Objective met", RubricMeasure.ObjectiveMet, 2, 1),
    ];

    [TestCaseSource(nameof(Cases))]
    public void Record_RegeneratedFromItsSeed_MatchesTheCommittedRecord(GoldenCase c)
    {
        var record = Play(c);

        GoldenFiles.Check($"{c.Name}.record.json", RecordJson.Write(record) + "\n");
    }

    [TestCaseSource(nameof(Cases))]
    public void Export_EveryFormat_MatchesItsGoldenFile(GoldenCase c)
    {
        var json = GoldenFiles.Updating ? RecordJson.Write(Play(c)) : GoldenFiles.Read($"{c.Name}.record.json");
        var (record, error) = RecordJson.Read(json);
        Assert.That(error, Is.Null);
        var options = new DebriefOptions { Anonymise = c.Anonymise, Sources = c.Sources ? SampleSources.Build() : new Dictionary<string, SourceDocument>() };

        var debrief = Debrief.Build(Scenario(c), record!, options);

        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            GoldenFiles.Check($"{c.Name}.{Export.Extension(format)}", Export.Render(debrief, format));
        }
    }

    private static Scenario Scenario(GoldenCase c) => SampleScenario.Build(c.CustomRubric ? [.. Rubric] : null);

    private static MatchRecord Play(GoldenCase c) =>
        Playout.Record(Scenario(c), c.FourSeats ? Playout.FourSeats : Playout.TwoSeats, c.Seed, c.StopAfter);
}
