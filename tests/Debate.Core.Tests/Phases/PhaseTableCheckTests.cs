using System.Collections.Immutable;
using Debate.Core.Phases;
using NUnit.Framework;
using Stateless;

namespace Debate.Core.Tests.Phases;

/// <summary>The checks a compiled flow must pass, on small flows written directly in Stateless.</summary>
public sealed class PhaseTableCheckTests
{
    private static readonly PhaseState Setup = State("setup", PhaseStateKind.Setup, -1);
    private static readonly PhaseState First = State("first", PhaseStateKind.Speech, 0);
    private static readonly PhaseState Second = State("second", PhaseStateKind.Speech, 1);
    private static readonly PhaseState Verdict = State("verdict", PhaseStateKind.Verdict, 2);
    private static readonly Dictionary<string, Guard> NoGuards = [];
    private static readonly Dictionary<string, Guard> Clock = new() { [Guard.TimeLeft.Description] = Guard.TimeLeft };

    private static PhaseState State(string id, PhaseStateKind kind, int speech)
    {
        var title = char.ToUpperInvariant(id[0]) + id[1..];
        return new PhaseState(id, title, kind, speech, title);
    }

    private static PhaseTable Compile(PhaseState[] states, params (PhaseState From, Trigger Trigger, PhaseState To)[] rows)
    {
        var machine = new StateMachine<PhaseState, Trigger>(states[0]);
        foreach (var state in states)
        {
            machine.Configure(state);
        }

        foreach (var (from, trigger, to) in rows)
        {
            if (from == to)
            {
                machine.Configure(from).InternalTransitionIf(trigger, _ => true, () => { }, Guard.TimeLeft.Description);
            }
            else
            {
                machine.Configure(from).Permit(trigger, to);
            }
        }

        return PhaseTable.Compile(machine.GetInfo(), Clock);
    }

    [Test]
    public void Compile_ASoundFlow_IsBuilt()
    {
        var table = Compile([Setup, First, Second, Verdict],
            (Setup, Trigger.Start, First), (First, Trigger.EndSpeech, Second), (Second, Trigger.EndSpeech, Verdict));

        Assert.That(table.States, Has.Length.EqualTo(4));
    }

    [Test]
    public void Compile_WithAStateNothingLeadsTo_IsRefused()
    {
        var thrown = Assert.Throws<InvalidOperationException>(() => Compile([Setup, First, Second, Verdict],
            (Setup, Trigger.Start, First), (First, Trigger.EndSpeech, Verdict), (Second, Trigger.EndSpeech, Verdict)));

        Assert.That(thrown!.Message, Is.EqualTo("The phase table is broken: State 'Second' cannot be reached from Setup."));
    }

    [Test]
    public void Compile_WithAStateFromWhichTheVerdictCannotBeReached_IsRefused()
    {
        // Second is a trap: a match that gets there can only play cards for ever.
        var thrown = Assert.Throws<InvalidOperationException>(() => Compile([Setup, First, Second, Verdict],
            (Setup, Trigger.Start, First), (First, Trigger.EndSpeech, Verdict), (First, Trigger.PlayClaim, Second), (Second, Trigger.PlayClaim, Second)));

        Assert.That(thrown!.Message, Is.EqualTo("The phase table is broken: The verdict cannot be reached from 'Second'."));
    }

    [Test]
    public void Compile_WithAGuardTheFlowDoesNotDefine_IsRefused()
    {
        var machine = new StateMachine<PhaseState, Trigger>(Setup);
        machine.Configure(Setup).Permit(Trigger.Start, First);
        machine.Configure(First).Permit(Trigger.EndSpeech, Verdict).InternalTransitionIf(Trigger.PlayClaim, _ => true, () => { }, "Only on Tuesdays.");
        machine.Configure(Verdict);

        var thrown = Assert.Throws<InvalidOperationException>(() => PhaseTable.Compile(machine.GetInfo(), NoGuards));

        Assert.That(thrown!.Message, Does.Contain("The guard 'Only on Tuesdays.' is not one the flow defines."));
    }

    [Test]
    public void Problems_OfAFlowWithSeveralFaults_AreAllListed()
    {
        ImmutableArray<ImmutableArray<int>> next = [[1], [1], [], []];

        var problems = PhaseTableCheck.Problems([Setup, First, Second, Verdict], next);

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
    public void Problems_OfATransitionToARound_AreReported()
    {
        ImmutableArray<ImmutableArray<int>> next = [[1], [-1, 2], []];

        Assert.That(PhaseTableCheck.Problems([Setup, First, Verdict], next), Does.Contain("A transition from 'First' leads to a round, not to a speech."));
    }

    [Test]
    public void Problems_OfAFlowNotBeginningWithSetup_AreReported()
    {
        Assert.That(PhaseTableCheck.Problems([First, Verdict], [[1], []]), Is.EqualTo(new[] { "The table must begin with Setup and end with Verdict." }));
    }

    [Test]
    public void Problems_OfAFlowNotEndingWithVerdict_AreReported()
    {
        Assert.That(PhaseTableCheck.Problems([Setup, First], [[1], []]), Is.EqualTo(new[] { "The table must begin with Setup and end with Verdict." }));
    }

    [Test]
    public void Problems_OfNoStates_AreReported()
    {
        Assert.That(PhaseTableCheck.Problems([], []), Is.Not.Empty);
    }
}
