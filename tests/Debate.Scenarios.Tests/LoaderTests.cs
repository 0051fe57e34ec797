using Debate.Core.Content;
using Debate.Scenarios.Tests.Builders;
using NUnit.Framework;

namespace Debate.Scenarios.Tests;

[TestFixture]
public sealed class LoaderTests
{
    [Test]
    public void Load_ValidFixture_SucceedsWithoutDiagnostics()
    {
        var result = Fixture.Load(Fixture.ValidText, sources: true);

        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(result.Succeeded, Is.True);
    }

    [Test]
    public void Load_ValidFixture_MapsEveryFieldOntoTheCoreRecords()
    {
        var scenario = Fixture.Load(Fixture.ValidText).OrThrow();

        Assert.That(scenario.Id, Is.EqualTo("test-debate"));
        Assert.That(scenario.Motion.PartnershipCase, Is.EqualTo("Keep trading without a pact."));
        Assert.That(scenario.HandSize, Is.EqualTo(2));
        Assert.That(scenario.Themes.Select(t => t.Id), Is.EqualTo(new[] { "trade", "trust" }));
        var a03 = scenario.Card(new CardId("A03"));
        Assert.That((a03.Kind, a03.Side, a03.Strength, a03.Cost), Is.EqualTo((CardKind.Rebuttal, CardSide.Alliance, 2, 2)));
        Assert.That(a03.Boost, Is.EqualTo(new EventBoost(new CardId("E01"), 1)));
        Assert.That(a03.Citation, Is.EqualTo(new Citation("doc-a", 5)));
        Assert.That(scenario.Card(new CardId("P02")).Targets, Is.EqualTo(new[] { new CardId("A01") }));
        var e01 = scenario.Card(new CardId("E01"));
        Assert.That((e01.Kind, e01.Side, e01.Strength, e01.Cost), Is.EqualTo((CardKind.Event, CardSide.Either, 0, 0)));
        Assert.That(e01.Effects, Is.EqualTo(new[]
        {
            new EventEffect(EffectKind.ThemeWeight, "trade", 1),
            new EventEffect(EffectKind.Strength, "trust", 1, Side.Partnership),
            new EventEffect(EffectKind.ThemeWeight, "trust", -1, null, "merchants"),
        }));
        var merchants = scenario.Blocs[0];
        Assert.That((merchants.Share, merchants.Opening, merchants.WeightOf("trade")), Is.EqualTo((60, new Vote(30, 40, 30), 4)));
        Assert.That(scenario.Roles[0].Objective, Is.EqualTo(new Objective(ObjectiveKind.StandingOnTheme, "trust", 1, "Keep a trust argument standing.")));
        Assert.That(scenario.Phases.Select(p => (p.Name, p.Rounds, p.RevealEvent)), Is.EqualTo(new[] { ("Opening", 1, false), ("Rebuttal", 1, true), ("Closing", 1, false) }));
        Assert.That(scenario.Phases[2].Speeches[0], Is.EqualTo(new Speech(Side.Partnership, [CardKind.Evidence, CardKind.Rebuttal], 2, 0)).Using<Speech>(SameSpeech));
        var rule = scenario.Personas[0].Rules[1];
        Assert.That(rule.When, Is.EqualTo(new[]
        {
            new PersonaCondition(ConditionKind.Phase, "Opening", 0),
            new PersonaCondition(ConditionKind.TimeLeft, null, 1),
            new PersonaCondition(ConditionKind.OwnStandingBelow, null, 2),
        }));
        Assert.That((rule.Then, rule.Theme), Is.EqualTo((PersonaAction.ClaimOnTheme, "trust")));
        Assert.That(scenario.Personas[0].Rules[0].When[1], Is.EqualTo(new PersonaCondition(ConditionKind.HandHas, "rebuttal", 0)));
        Assert.That(scenario.Rubric, Is.EqualTo(new[] { new RubricCriterion("standing", "Arguments left standing", RubricMeasure.ArgumentsStanding, 2, 2) }));
    }

    [Test]
    public void Load_Description_IsReadAndOptional()
    {
        var described = Fixture.Load(Fixture.With("title: Test debate\n", "title: Test debate\ndescription: >-\n  What the instructor should know,\n  in two lines.\n")).OrThrow();
        var plain = Fixture.Load(Fixture.ValidText).OrThrow();

        Assert.That(described.Description, Is.EqualTo("What the instructor should know, in two lines."));
        Assert.That(plain.Description, Is.Empty);
        Assert.That(described.ContentHash, Is.EqualTo(plain.ContentHash), "a description does not change play, so not the content hash");
    }

    [Test]
    public void Load_DuplicateCardId_ReportsBothLines()
    {
        var text = Fixture.With("  - id: P02\n", "  - id: A01\n");

        var result = Fixture.Load(text);

        var duplicate = result.Errors.Single(d => d.Message.StartsWith("duplicate card", StringComparison.Ordinal));
        Assert.That(duplicate.Line, Is.EqualTo(Fixture.LineOf(text, "- id: A01", 2)));
        Assert.That(duplicate.Message, Does.EndWith($"already used at line {Fixture.LineOf(text, "- id: A01")}"));
        Assert.That(result.Succeeded, Is.False);
    }

    [Test]
    public void Load_FileWithSeveralProblems_ReportsEveryOneInFileOrder()
    {
        var text = Fixture.ValidText
            .Replace("    strength: 3\n    cost: 1\n    cite: doc-a ¶4", "    strength: 9\n    cost: 1\n    cite: doc-a ¶4", StringComparison.Ordinal)
            .Replace("    share: 60\n", "    share: 70\n", StringComparison.Ordinal)
            .Replace("    prefers: [trust]\n", "    prefers: [trsut]\n", StringComparison.Ordinal);

        var result = Fixture.Load(text);

        Assert.That(result.Errors.Select(d => d.Line), Is.EqualTo(new[]
        {
            Fixture.LineOf(text, "strength: 9"),
            Fixture.LineOf(text, "blocs:"),
            Fixture.LineOf(text, "prefers: [trsut]"),
        }));
        Assert.That(result.Scenario, Is.Null);
    }

    [Test]
    public void Load_UnknownField_HintsTheNearestKnownName()
    {
        var result = Fixture.Load(Fixture.With("    share: 60\n", "    shaer: 60\n"));

        var unknown = result.Errors.Single();
        Assert.That(unknown.Message, Is.EqualTo("bloc merchants: unknown field 'shaer'"));
        Assert.That(unknown.Hint, Is.EqualTo("did you mean 'share'?"));
    }

    [Test]
    public void Load_WarningsOnly_StillSucceeds()
    {
        var text = Fixture.With("    strength: 2\n    cost: 2\n", "    strength: 2\n    cost: 3\n")
            .Replace("allow: [claim, evidence, rebuttal], time: 3", "allow: [claim, evidence, rebuttal], time: 2", StringComparison.Ordinal);

        var result = Fixture.Load(text);

        Assert.That(result.Warnings.Single().Message, Does.Contain("A03 can never be played"));
        Assert.That(result.Succeeded, Is.True);
    }

    [Test]
    public void OrThrow_WithErrors_ThrowsScenarioExceptionListingEveryDiagnostic()
    {
        var result = Fixture.Load(Fixture.With("    share: 60\n", "    share: 0\n").Replace("strength: 3", "strength: 9", StringComparison.Ordinal));

        var ex = Assert.Throws<ScenarioException>(() => result.OrThrow());

        Assert.That(ex!.Diagnostics, Is.EqualTo(result.Diagnostics));
        Assert.That(ex.Message, Does.StartWith("test.yaml has 3 errors:"));
        Assert.That(ex.Message, Does.Contain("test.yaml:"));
    }

    [Test]
    public void Diagnostic_ToString_GivesPathLineColumnSeverityMessageAndHint()
    {
        var diagnostic = new Diagnostic("s.yaml", 3, 7, Severity.Warning, "a message", "a hint");

        Assert.That(diagnostic.ToString(), Is.EqualTo("s.yaml:3:7: warning: a message\n    hint: a hint"));
        Assert.That((diagnostic with { Severity = Severity.Error, Hint = "" }).ToString(), Is.EqualTo("s.yaml:3:7: error: a message"));
    }

    private static bool SameSpeech(Speech a, Speech b) =>
        a.Side == b.Side && a.Allowed.SequenceEqual(b.Allowed) && a.Time == b.Time && a.Draw == b.Draw;
}
