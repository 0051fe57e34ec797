using Debate.Scenarios.Tests.Builders;
using Debate.Scenarios.Yaml;
using NUnit.Framework;

namespace Debate.Scenarios.Tests.Yaml;

/// <summary>A YAML syntax error no longer hides the rest of the file: what can be read is checked, and the message says what was not.</summary>
[TestFixture]
public sealed class SyntaxRecoveryTests
{
    [Test]
    public void Load_SyntaxErrorInACard_LeavesOutThatCardAndChecksTheRest()
    {
        var text = Fixture.With("    strength: 2\n    cost: 2", "    strength: 9\n    cost: 2")
            .Replace("    tag: A pact binds the towns for good\n", "    tag: A pact binds the towns for good\n   body: misindented\n", StringComparison.Ordinal);

        var result = Fixture.Load(text);

        var syntax = result.Diagnostics.Single(d => d.Message.StartsWith("YAML syntax:", StringComparison.Ordinal));
        Assert.That(syntax.Line, Is.EqualTo(Fixture.LineOf(text, "   body: misindented")));
        Assert.That(syntax.Hint, Does.Contain($"card A01 (lines {Fixture.LineOf(text, "  - id: A01")}-").And.Contain("left out of the check, so problems that involve it may follow"));
        Assert.That(result.Diagnostics.Select(d => d.Message), Has.Some.EqualTo("card A03: 'strength' is 9, outside 1..5"));
        Assert.That(result.Succeeded, Is.False);
    }

    [Test]
    public void Load_ReferenceToACardLeftOut_IsNotReportedAsUnknown()
    {
        // P02 targets A01, which the syntax error left out: it exists, it just could not be read.
        var text = Fixture.With("anchor: \"a written pact would bind the towns\"", "anchor: \"a written pact would bind the towns");

        var result = Fixture.Load(text);

        Assert.That(result.Diagnostics.Select(d => d.Message), Has.Exactly(1).StartsWith("YAML syntax:"));
        Assert.That(result.Diagnostics.Select(d => d.Message), Has.None.Contains("unknown card"));
    }

    [Test]
    public void Load_SyntaxErrorInABloc_DoesNotJudgeTheSharesOfTheRest()
    {
        var text = Fixture.With("    share: 60", "    share: [60");

        var result = Fixture.Load(text);

        Assert.That(result.Diagnostics.Select(d => d.Message), Has.Exactly(1).StartsWith("YAML syntax:"));
        Assert.That(result.Diagnostics.Select(d => d.Message), Has.None.Contains("shares sum"));
    }

    [Test]
    public void Load_SyntaxErrorInTheMotion_LeavesOutTheSectionWithoutCallingItMissing()
    {
        var text = Fixture.With("  alliance: Sign a binding pact.", "  alliance: \"Sign a binding pact.\" extra")
            .Replace("    strength: 2\n    cost: 2", "    strength: 0\n    cost: 2", StringComparison.Ordinal);

        var result = Fixture.Load(text);

        var syntax = result.Diagnostics.Single(d => d.Message.StartsWith("YAML syntax:", StringComparison.Ordinal));
        Assert.That(syntax.Hint, Does.Contain("the 'motion' section"));
        Assert.That(result.Diagnostics.Select(d => d.Message), Has.None.Contains("motion").And.Some.Contains("'strength' is 0"));
    }

    [Test]
    public void Load_ManySyntaxErrors_StopsAndSaysOthersMayFollow()
    {
        var cards = string.Concat(Enumerable.Range(1, SyntaxRecovery.MaxErrors + 5).Select(i =>
            $"  - id: B{i:00}\n    kind: claim\n    side: alliance\n    tag: \"Broken {i}\n    body: text\n"));
        var text = Fixture.With("cards:\n", "cards:\n" + cards);

        var result = Fixture.Load(text);

        var syntax = result.Diagnostics.Where(d => d.Message.StartsWith("YAML syntax:", StringComparison.Ordinal)).ToList();
        Assert.That(syntax, Has.Count.EqualTo(SyntaxRecovery.MaxErrors + 1));
        Assert.That(syntax[^1].Hint, Does.Contain("other problems may follow"));
        Assert.That(result.Diagnostics.Select(d => d.Message), Has.None.Contains("bug in the loader"));
    }

    [Test]
    public void Load_TwoSyntaxErrors_ReportsBothInFileOrder()
    {
        var text = Fixture.With("    themes: [trade]\n    strength: 2\n    cost: 1\n    cite: doc-a ¶3\nevents", "    themes: [trade\n    strength: 2\n    cost: 1\n    cite: doc-a ¶3\nevents")
            .Replace("   tag: Trade already links the towns", "   tag: Trade already links the towns", StringComparison.Ordinal)
            .Replace("    tag: A pact drags the small town into quarrels", "   tag: A pact drags the small town into quarrels", StringComparison.Ordinal);

        var result = Fixture.Load(text);

        var lines = result.Diagnostics.Where(d => d.Message.StartsWith("YAML syntax:", StringComparison.Ordinal)).Select(d => d.Line).ToList();
        Assert.That(lines, Has.Count.EqualTo(2));
        Assert.That(lines, Is.Ordered);
    }
}
