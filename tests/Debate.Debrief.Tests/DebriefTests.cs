using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Records;
using Debate.Debrief.Building;
using Debate.Debrief.Model;
using Debate.Debrief.Tests.Builders;
using NUnit.Framework;

namespace Debate.Debrief.Tests;

public sealed class DebriefTests
{
    private static readonly Scenario Scenario = SampleScenario.Build();

    [Test]
    public void Transcript_WithDigests_CitesDocumentParagraphAuthorAndTitle()
    {
        var debrief = Debrief.Build(Scenario, Playout.Record(Scenario, Playout.TwoSeats, 7), new DebriefOptions { Sources = SampleSources.Build() });

        var line = debrief.Transcript.First(t => t.Argument is not null);

        Assert.That(line.Sentence, Does.Match(@"^(Zofia Kowalczyk|Bartholomew Quince) \([^)]*(Alliance|Partnership)\) (argued|answered|backed)"));
        Assert.That(line.Citation.Author, Is.Not.Null);
        Assert.That(line.Citation.Title, Is.Not.Null);
        Assert.That(line.Citation.Text, Does.Match(@"^[a-z0-9-]+ ¶\d+$"));
    }

    [Test]
    public void Transcript_WithoutDigests_GivesTheBareCitation()
    {
        var debrief = Debrief.Build(Scenario, Playout.Record(Scenario, Playout.TwoSeats, 7), DebriefOptions.Default);

        Assert.That(debrief.Transcript.Select(t => t.Citation.Author), Is.All.Null);
        Assert.That(debrief.Sources.Select(s => s.FromDigest), Is.All.False);
    }

    [Test]
    public void Sources_WithDigests_UsedAndUnusedPartitionTheArgumentParagraphs()
    {
        var sources = SampleSources.Build();

        var debrief = Debrief.Build(Scenario, Playout.Record(Scenario, Playout.TwoSeats, 7), new DebriefOptions { Sources = sources });

        foreach (var doc in debrief.Sources)
        {
            var used = doc.Used.Select(u => u.Paragraph).ToHashSet();
            var expected = sources[doc.Document].Paragraphs.Where(p => p.IsArgument).Select(p => p.Number).Where(p => !used.Contains(p));
            Assert.That(doc.Unused.Select(u => u.Paragraph), Is.EqualTo(expected), doc.Document);
        }

        var cited = debrief.Transcript.Select(t => (t.Citation.Document, t.Citation.Paragraph)).ToHashSet();
        var covered = debrief.Sources.SelectMany(d => d.Used.Select(u => (d.Document, u.Paragraph))).ToHashSet();
        Assert.That(covered, Is.EquivalentTo(cited));
    }

    [Test]
    public void Players_Figures_AgreeWithTheirLists()
    {
        var debrief = Debrief.Build(Scenario, Playout.Record(Scenario, Playout.FourSeats, 42), DebriefOptions.Default);

        foreach (var p in debrief.Players)
        {
            Assert.That(p.Figures.ArgumentsStanding, Is.EqualTo(p.Standing.Length));
            Assert.That(p.Figures.RebuttalsLanded, Is.EqualTo(p.RebuttalsLanded.Length));
            Assert.That(p.Figures.EvidenceUsed, Is.EqualTo(p.Evidence.Length));
            Assert.That(p.Figures.ObjectiveMet, Is.EqualTo(p.Role?.Met == true ? 1 : 0));
            Assert.That(p.Moves.Select(m => m.Argument).OfType<int>(), Is.EquivalentTo(debrief.Arguments.Where(a => a.Seat == p.Seat).Select(a => a.Id)));
        }

        Assert.That(debrief.Players.Sum(p => p.Moves.Length), Is.EqualTo(debrief.Match.Moves));
    }

    [Test]
    public void Questions_FinishedMatch_AskAboutTheDecisiveArgumentTheContestedThemeAndUnusedSources()
    {
        var (script, _) = Scripts.ClaimThenRebuttal();

        var debrief = script.Debrief(new DebriefOptions { Sources = SampleSources.Build() });

        var kinds = debrief.Questions.Select(q => q.Kind).ToList();
        Assert.That(kinds.Take(3), Is.EqualTo(new[] { QuestionKind.Decisive, QuestionKind.ContestedTheme, QuestionKind.UnusedSource }));
        Assert.That(debrief.Questions[1].Context, Does.Contain("most contested theme"));
    }

    [Test]
    public void Build_UnfinishedRecord_IsJudgedAsItStands()
    {
        var debrief = Debrief.Build(Scenario, Playout.Record(Scenario, Playout.TwoSeats, 3, stopAfter: 5), DebriefOptions.Default);

        Assert.That(debrief.Match.Finished, Is.False);
        Assert.That(debrief.Match.Moves, Is.EqualTo(5));
    }

    [Test]
    public void TryBuild_RecordThatDoesNotReplay_GivesTheReason()
    {
        var record = Playout.Record(Scenario, Playout.TwoSeats, 3);
        var broken = record with { Moves = record.Moves.SetItem(0, record.Moves[0] with { Hash = "0000000000000000" }) };

        var (debrief, error) = Debrief.TryBuild(Scenario, broken, DebriefOptions.Default);

        Assert.That(debrief, Is.Null);
        Assert.That(error, Does.StartWith("the record does not replay on scenario 'sample': Move 1 reaches state"));
    }

    [Test]
    public void Build_RecordThatDoesNotReplay_Throws()
    {
        var record = Playout.Record(Scenario, Playout.TwoSeats, 3);
        var broken = record with { Seed = record.Seed + 1 };

        Assert.That(() => Debrief.Build(Scenario, broken, DebriefOptions.Default), Throws.InvalidOperationException);
    }

    [TestCase(RubricMeasure.ArgumentsStanding, 0, 3, 0.0)]
    [TestCase(RubricMeasure.ArgumentsStanding, 2, 4, 0.5)]
    [TestCase(RubricMeasure.ArgumentsStanding, 9, 3, 1.0)]
    [TestCase(RubricMeasure.ObjectiveMet, 1, 0, 1.0)]
    [TestCase(RubricMeasure.Dropped, 0, 0, 1.0)]
    [TestCase(RubricMeasure.Dropped, 1, 0, 0.5)]
    [TestCase(RubricMeasure.Dropped, 3, 1, 0.5)]
    public void Share_Figure_EarnsItsPartOfTheWeight(RubricMeasure measure, int figure, double fullMarksAt, double expected)
    {
        Assert.That(Assessor.Share(measure, figure, fullMarksAt), Is.EqualTo(expected).Within(1e-9));
    }

    [Test]
    public void Assessment_ScenarioWithoutRubric_UsesTheDefaultRubric()
    {
        var debrief = Debrief.Build(Scenario, Playout.Record(Scenario, Playout.TwoSeats, 3), DebriefOptions.Default);

        Assert.That(debrief.Assessment.DefaultRubric, Is.True);
        Assert.That(debrief.Assessment.Rows, Has.Length.EqualTo(2 * DefaultRubric.Criteria.Length));
        Assert.That(debrief.Assessment.Rows.Select(r => r.Score), Is.All.InRange(0.0, 2.0));
    }

    [Test]
    public void Verdict_MatchesTheAdjudicator()
    {
        var record = Playout.Record(Scenario, Playout.TwoSeats, 21);
        var judged = Adjudicator.Judge(Replay.Run(Scenario, record).Match!);

        var debrief = Debrief.Build(Scenario, record, DebriefOptions.Default);

        Assert.That(debrief.Verdict.Winner, Is.EqualTo(judged.Winner));
        Assert.That(debrief.Verdict.Reason, Is.EqualTo(judged.Reason.Lines));
        Assert.That(debrief.Verdict.Blocs.Select(b => b.Opening.For), Is.EqualTo(Scenario.Blocs.Select(b => b.Opening.For)));
    }
}
