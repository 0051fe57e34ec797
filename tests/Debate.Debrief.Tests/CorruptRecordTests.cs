using Bogus;
using Debate.Core.Content;
using Debate.Core.Records;
using Debate.Debrief.Rendering;
using Debate.Debrief.Tests.Builders;
using NUnit.Framework;

namespace Debate.Debrief.Tests;

public sealed class CorruptRecordTests
{
    // The corpus is generated with this seed, so a failure names a variant that can be rebuilt.
    private const int CorpusSeed = 20251123;

    [Test]
    public void DamagedRecord_GeneratedCorpus_EachGivesAClearOneLineErrorAndNeverThrows()
    {
        var scenario = SampleScenario.Build();
        var randomizer = new Randomizer(CorpusSeed);
        var valid = new[] { 11UL, 12UL, 13UL }.Select(seed => RecordJson.Write(Playout.Record(scenario, Playout.SeatsFor(seed), seed)));
        var corpus = valid.SelectMany(v => CorruptRecords.From(v, randomizer, 200)).ToList();
        var kinds = new Dictionary<string, int>();

        foreach (var (kind, text) in corpus)
        {
            string? error;
            try
            {
                error = Load(scenario, text);
            }
            catch (Exception ex)
            {
                Assert.Fail($"{kind}: threw {ex.GetType().Name}: {ex.Message}\n{text[..Math.Min(text.Length, 300)]}");
                return;
            }

            Assert.That(error, Is.Not.Null.And.Not.Empty, $"{kind}: a damaged record was accepted:\n{text[..Math.Min(text.Length, 300)]}");
            Assert.That(error, Does.Not.Contain('\n'), $"{kind}: the error is not one line");
            Assert.That(error!.Length, Is.LessThan(400), $"{kind}: {error}");
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
        }

        Assert.That(corpus, Has.Count.EqualTo(600));
        Assert.That(kinds.Keys, Has.Count.EqualTo(10), string.Join(", ", kinds.Select(k => $"{k.Key} {k.Value}")));
    }

    [Test]
    public void TruncatedRecord_ReadBack_NamesTheLine()
    {
        var scenario = SampleScenario.Build();
        var json = RecordJson.Write(Playout.Record(scenario, Playout.TwoSeats, 5));

        var error = Load(scenario, json[..(json.Length / 2)]);

        Assert.That(error, Does.StartWith("not a match record: the JSON is malformed or cut short (line"));
    }

    [TestCase("\"one\"")]
    [TestCase("null")]
    public void FormatVersionNotANumber_GivesAnError(string value)
    {
        var json = RecordJson.Write(Playout.Record(SampleScenario.Build(), Playout.TwoSeats, 5)).Replace("\"format_version\": 2", $"\"format_version\": {value}", StringComparison.Ordinal);

        var error = Load(SampleScenario.Build(), json);

        Assert.That(error, Is.EqualTo("not a match record: its format_version is not a whole number."));
    }

    // What `debate export` does with a file's text: read, find the scenario, replay and debrief, render.
    private static string? Load(Scenario scenario, string text)
    {
        var (record, error) = RecordJson.Read(text);
        if (record is null)
        {
            return error;
        }

        if (record.Scenario != scenario.Id)
        {
            return $"no scenario '{record.Scenario}'";
        }

        var (debrief, problem) = Debrief.TryBuild(scenario, record, new DebriefOptions { Anonymise = true, Sources = SampleSources.Build() });
        if (debrief is null)
        {
            return problem;
        }

        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            _ = Export.Render(debrief, format);
        }

        return null;
    }
}
