using System.Text.Json;
using Debate.Core.Adjudication;
using Debate.Core.Records;
using Debate.Debrief.Rendering;
using Debate.Debrief.Tests.Builders;
using NUnit.Framework;

namespace Debate.Debrief.Tests;

public sealed class RoundTripTests
{
    // Seeds 1..300, one to three seats a side: play, save, read, replay, export every format.
    [Test]
    public void PlaySaveReadReplayExport_Seeds1To300_EveryFormatRenders()
    {
        var scenario = SampleScenario.Build();
        var sources = SampleSources.Build();
        for (ulong seed = 1; seed <= 300; seed++)
        {
            var record = Playout.Record(scenario, Playout.SeatsFor(seed), seed);
            var (read, error) = RecordJson.Read(RecordJson.Write(record));
            Assert.That(error, Is.Null, $"seed {seed}");
            var replay = Replay.Run(scenario, read!);
            Assert.That(replay.Verified, Is.True, $"seed {seed}: {replay.Reason}");
            var options = new DebriefOptions { Anonymise = seed % 2 == 0, Sources = seed % 3 == 0 ? sources : DebriefOptions.Default.Sources };

            var (debrief, problem) = Debrief.TryBuild(scenario, read!, options);

            Assert.That(problem, Is.Null, $"seed {seed}");
            Assert.That(debrief!.Match.Finished, Is.True);
            Assert.That(debrief.Arguments, Has.Length.EqualTo(replay.Match!.Floor.Length));
            Assert.That(debrief.Flow.Rows.SelectMany(r => r.Cells).Count(c => c is not null), Is.EqualTo(debrief.Arguments.Length), $"seed {seed}: every argument once in the flow");
            foreach (var format in Enum.GetValues<ExportFormat>())
            {
                Assert.That(Export.Render(debrief, format), Is.Not.Empty, $"seed {seed} {format}");
            }

            var judged = Adjudicator.Judge(replay.Match!);
            Assert.That(Phrases.Percent(debrief.Verdict.PartnershipSwing), Is.EqualTo(Phrases.Percent(judged.PartnershipSwing)), $"seed {seed}: the page agrees with the judge");
            Assert.That(Phrases.Percent(debrief.Verdict.AllianceSwing), Is.EqualTo(Phrases.Percent(judged.AllianceSwing)), $"seed {seed}: the page agrees with the judge");
            using var json = JsonDocument.Parse(Export.Render(debrief, ExportFormat.Json));
            Assert.That(json.RootElement.GetProperty("players").GetArrayLength(), Is.EqualTo(record.Seats.Length));
        }
    }
}
