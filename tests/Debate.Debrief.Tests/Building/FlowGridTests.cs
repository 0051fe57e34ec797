using Debate.Core.Content;
using Debate.Debrief.Tests.Builders;
using NUnit.Framework;

namespace Debate.Debrief.Tests.Building;

public sealed class FlowGridTests
{
    [Test]
    public void Flow_RandomMatches_EveryAnswerSitsBesideWhatItAnswers()
    {
        var scenario = SampleScenario.Build();
        for (ulong seed = 1; seed <= 150; seed++)
        {
            var debrief = Debrief.Build(scenario, Playout.Record(scenario, Playout.SeatsFor(seed), seed), DebriefOptions.Default);
            var rows = debrief.Flow.Rows;
            int RowOf(int id) => rows.ToList().FindIndex(r => r.Cells.Contains(id));

            Assert.That(debrief.Flow.Columns, Has.Length.EqualTo(scenario.Speeches.Length));
            foreach (var a in debrief.Arguments)
            {
                var row = RowOf(a.Id);
                Assert.That(rows[row].Cells.IndexOf(a.Id), Is.EqualTo(a.Speech), $"seed {seed}: #{a.Id} is in the column of its speech");
                if (a.Target is int t && RowOf(t) != row)
                {
                    Assert.That(row, Is.GreaterThan(RowOf(t)), $"seed {seed}: #{a.Id} sits below #{t}");
                    Assert.That(rows[RowOf(t)].Cells[a.Speech], Is.Not.Null, $"seed {seed}: #{a.Id} left #{t}'s row only because its cell was taken");
                }
            }
        }
    }

    [Test]
    public void Flow_RebuttalInLaterSpeech_IsOnItsTargetsRow()
    {
        var (script, target) = Scripts.ClaimThenRebuttal();

        var flow = script.Debrief().Flow;

        var row = flow.Rows.Single(r => r.Cells.Contains(target));
        var rebuttal = script.Match.Floor.Last(a => a.Kind == CardKind.Rebuttal);
        Assert.That(row.Cells[rebuttal.Speech], Is.EqualTo(rebuttal.Id));
    }

    [Test]
    public void Flow_NewsBeforeARound_IsShownOnItsColumn()
    {
        var scenario = SampleScenario.Build();

        var debrief = Debrief.Build(scenario, Playout.Record(scenario, Playout.TwoSeats, 7), DebriefOptions.Default);

        Assert.That(debrief.Flow.Columns.Where(c => c.News is not null).Select(c => c.Speech), Is.EqualTo(new[] { 2, 4 }));
    }
}
