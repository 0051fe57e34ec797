using System.Collections.Immutable;
using Debate.Core.Phases;
using NUnit.Framework;

namespace Debate.Core.Tests.Phases;

public sealed class PhaseTableCheckTests
{
    private static PhaseState State(string id, int speech) => new(id, char.ToUpperInvariant(id[0]) + id[1..], speech, [], []);

    private static readonly PhaseState Setup = State("setup", -1);
    private static readonly PhaseState First = State("first", 0);
    private static readonly PhaseState Second = State("second", 1);
    private static readonly PhaseState Verdict = State("verdict", 2);

    private static Transition Row(PhaseState from, Trigger trigger, PhaseState to) => new(from, trigger, [], to);

    [Test]
    public void FromTable_ASoundTable_IsBuilt()
    {
        var machine = PhaseMachine.FromTable(
            [Setup, First, Second, Verdict],
            [Row(Setup, Trigger.Start, First), Row(First, Trigger.EndSpeech, Second), Row(Second, Trigger.EndSpeech, Verdict)]);

        Assert.That(machine.States, Has.Length.EqualTo(4));
    }

    [Test]
    public void FromTable_WithAStateNothingLeadsTo_IsRefused()
    {
        ImmutableArray<Transition> rows = [Row(Setup, Trigger.Start, First), Row(First, Trigger.EndSpeech, Verdict), Row(Second, Trigger.EndSpeech, Verdict)];

        var thrown = Assert.Throws<InvalidOperationException>(() => PhaseMachine.FromTable([Setup, First, Second, Verdict], rows));

        Assert.Multiple(() =>
        {
            Assert.That(thrown!.Message, Is.EqualTo("The phase table is broken: State 'Second' cannot be reached from Setup."));
            Assert.That(PhaseTableCheck.Problems([Setup, First, Second, Verdict], rows), Is.EqualTo(new[] { "State 'Second' cannot be reached from Setup." }));
        });
    }

    [Test]
    public void FromTable_WithAStateFromWhichTheVerdictCannotBeReached_IsRefused()
    {
        // Second is a trap: a match that gets there can only play cards for ever.
        ImmutableArray<Transition> rows =
        [
            Row(Setup, Trigger.Start, First), Row(First, Trigger.EndSpeech, Verdict), Row(First, Trigger.PlayClaim, Second),
            Row(Second, Trigger.PlayClaim, Second),
        ];

        var thrown = Assert.Throws<InvalidOperationException>(() => PhaseMachine.FromTable([Setup, First, Second, Verdict], rows));

        Assert.That(thrown!.Message, Is.EqualTo("The phase table is broken: The verdict cannot be reached from 'Second'."));
    }

    [Test]
    public void Problems_OfATableWithSeveralFaults_AreAllListed()
    {
        ImmutableArray<Transition> rows = [Row(Setup, Trigger.Start, First), Row(First, Trigger.EndSpeech, First)];

        var problems = PhaseTableCheck.Problems([Setup, First, Second, Verdict], rows);

        Assert.That(problems, Is.EquivalentTo(new[]
        {
            "State 'Second' cannot be reached from Setup.",
            "State 'Verdict' cannot be reached from Setup.",
            "The verdict cannot be reached from 'Setup'.",
            "The verdict cannot be reached from 'First'.",
            "The verdict cannot be reached from 'Second'.",
        }));
    }

    [Test]
    public void FromTable_NotBeginningWithSetup_IsRefused()
    {
        var thrown = Assert.Throws<InvalidOperationException>(() => PhaseMachine.FromTable([First, Verdict], [Row(First, Trigger.EndSpeech, Verdict)]));

        Assert.That(thrown!.Message, Does.Contain("The table must begin with Setup and end with Verdict."));
    }

    [Test]
    public void FromTable_NotEndingWithVerdict_IsRefused()
    {
        var thrown = Assert.Throws<InvalidOperationException>(() => PhaseMachine.FromTable([Setup, First], [Row(Setup, Trigger.Start, First)]));

        Assert.That(thrown!.Message, Does.Contain("The table must begin with Setup and end with Verdict."));
    }

    [Test]
    public void FromTable_WithoutStates_IsRefused()
    {
        Assert.Throws<InvalidOperationException>(() => PhaseMachine.FromTable([], []));
    }

    [Test]
    public void Problems_OfTheTableOfEveryBuiltInScript_AreNone()
    {
        var machine = PhaseMachine.For(SampleScenario.Build());

        Assert.That(PhaseTableCheck.Problems(machine.States, [.. machine.Transitions]), Is.Empty);
    }
}
