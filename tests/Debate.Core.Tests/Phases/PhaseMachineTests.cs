using Debate.Core.Content;
using Debate.Core.Phases;
using Debate.Core.Play;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Phases;

public sealed class PhaseMachineTests
{
    private static readonly Scenario Sample = SampleScenario.Build();
    private static readonly PhaseMachine Machine = PhaseMachine.For(Sample);

    [Test]
    public void States_FollowTheScriptFromSetupThroughEverySpeechToTheVerdict()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Machine.States.Select(s => s.Id), Is.EqualTo(new[]
            {
                "setup", "speech1", "speech2", "speech3", "speech4", "speech5", "speech6", "speech7", "speech8", "verdict",
            }));
            Assert.That(Machine.States.Select(s => s.Title), Is.EqualTo(new[]
            {
                "Setup", "Opening · Alliance", "Opening · Partnership", "Rebuttal 1 · Alliance", "Rebuttal 1 · Partnership",
                "Rebuttal 2 · Alliance", "Rebuttal 2 · Partnership", "Closing · Partnership", "Closing · Alliance", "Verdict",
            }));
            Assert.That(Machine.States.Select(s => s.Speech), Is.EqualTo(new[] { -1, 0, 1, 2, 3, 4, 5, 6, 7, 8 }));
        });
    }

    [Test]
    public void States_CarryTheirEntryAndExitActions()
    {
        var byId = Machine.States.ToDictionary(s => s.Id);

        Assert.Multiple(() =>
        {
            Assert.That(byId["setup"].OnEntry, Is.EqualTo(new[] { PhaseAction.Deal }));
            Assert.That(byId["speech1"].OnEntry, Is.EqualTo(new[] { PhaseAction.DrawAndSetClock }));
            Assert.That(byId["speech3"].OnEntry, Is.EqualTo(new[] { PhaseAction.RevealEvent, PhaseAction.DrawAndSetClock }));
            Assert.That(byId["speech4"].OnEntry, Is.EqualTo(new[] { PhaseAction.DrawAndSetClock }));
            Assert.That(byId["speech5"].OnEntry, Is.EqualTo(new[] { PhaseAction.RevealEvent, PhaseAction.DrawAndSetClock }));
            Assert.That(byId["speech8"].OnExit, Is.EqualTo(new[] { PhaseAction.AudienceLeans }));
            Assert.That(byId["verdict"].OnEntry, Is.EqualTo(new[] { PhaseAction.Adjudicate }));
        });
    }

    [Test]
    public void Transitions_AreStartThenThreePlaysAndAnEndPerSpeech()
    {
        var ends = Machine.Transitions.Where(t => t.Trigger == Trigger.EndSpeech).Select(t => (t.From.Id, t.To.Id));

        Assert.Multiple(() =>
        {
            Assert.That(Machine.Transitions, Has.Count.EqualTo(1 + (8 * 4)));
            Assert.That(Machine.Transitions.Where(t => t.Trigger is Trigger.PlayClaim or Trigger.PlayEvidence or Trigger.PlayRebuttal), Has.All.Property("IsInternal").True);
            Assert.That(ends, Is.EqualTo(Enumerable.Range(1, 8).Select(i => ($"speech{i}", i == 8 ? "verdict" : $"speech{i + 1}"))));
        });
    }

    [Test]
    public void For_TheSameScenario_IsBuiltOnce()
    {
        Assert.That(PhaseMachine.For(Sample), Is.SameAs(Machine));
    }

    [Test]
    public void StateOf_FollowsTheMatchFromTheFirstSpeechToTheVerdict()
    {
        var match = new MatchBuilder().For(Sample).Build();
        var states = new List<string> { Machine.StateOf(match).Id };

        while (!match.IsOver)
        {
            match = Rules.Apply(match, Move.End(match.Speaker)).Match;
            states.Add(Machine.StateOf(match).Id);
        }

        Assert.That(states, Is.EqualTo(Machine.States.Skip(1).Select(s => s.Id)));
    }

    [TestCase(0, new[] { Trigger.PlayClaim, Trigger.PlayEvidence, Trigger.EndSpeech })]
    [TestCase(2, new[] { Trigger.PlayClaim, Trigger.PlayEvidence, Trigger.PlayRebuttal, Trigger.EndSpeech })]
    [TestCase(6, new[] { Trigger.PlayEvidence, Trigger.PlayRebuttal, Trigger.EndSpeech })]
    [TestCase(7, new[] { Trigger.PlayEvidence, Trigger.PlayRebuttal, Trigger.EndSpeech })]
    public void Permitted_InASpeechWithTime_AreTheKindsItAllowsAndTheEnd(int speech, Trigger[] expected)
    {
        var match = new MatchBuilder().For(Sample).InSpeech(speech).Build();

        Assert.That(Machine.Permitted(match), Is.EquivalentTo(expected));
    }

    [Test]
    public void Permitted_WithNoTimeLeft_IsOnlyTheEndOfTheSpeech()
    {
        var match = new MatchBuilder().For(Sample).InSpeech(2).WithTimeLeft(0).Build();

        Assert.That(Machine.Permitted(match), Is.EqualTo(new[] { Trigger.EndSpeech }));
    }

    [Test]
    public void Permitted_AtTheVerdict_IsNothing()
    {
        var match = new MatchBuilder().For(Sample).AtVerdict().Build();

        Assert.That(Machine.Permitted(match), Is.Empty);
    }

    [TestCase(0, Trigger.PlayRebuttal, "Opening · Alliance allows only claims and evidence: no rebuttals in this speech.")]
    [TestCase(1, Trigger.PlayRebuttal, "Opening · Partnership allows only claims and evidence: no rebuttals in this speech.")]
    [TestCase(6, Trigger.PlayClaim, "Closing · Partnership allows only evidence and rebuttals: no new claims in this speech.")]
    [TestCase(7, Trigger.PlayClaim, "Closing · Alliance allows only evidence and rebuttals: no new claims in this speech.")]
    public void WhyNot_AKindTheSpeechForbids_IsThePhaseGuardsDescription(int speech, Trigger trigger, string expected)
    {
        var match = new MatchBuilder().For(Sample).InSpeech(speech).Build();

        Assert.That(Machine.WhyNot(match, trigger), Is.EqualTo(expected));
    }

    [Test]
    public void WhyNot_APlayWithNoTimeLeft_IsTheClocksGuard()
    {
        var match = new MatchBuilder().For(Sample).InSpeech(2).WithTimeLeft(0).Build();

        Assert.That(Machine.WhyNot(match, Trigger.PlayRebuttal), Is.EqualTo("No time is left in this speech: end it."));
    }

    [TestCase(Trigger.PlayClaim)]
    [TestCase(Trigger.PlayEvidence)]
    [TestCase(Trigger.PlayRebuttal)]
    [TestCase(Trigger.EndSpeech)]
    public void WhyNot_APermittedTrigger_IsNull(Trigger trigger)
    {
        var match = new MatchBuilder().For(Sample).InSpeech(4).Build();

        Assert.That(Machine.WhyNot(match, trigger), Is.Null);
    }

    [TestCase(Trigger.EndSpeech)]
    [TestCase(Trigger.PlayEvidence)]
    public void WhyNot_AtTheVerdict_SaysTheDebateIsOver(Trigger trigger)
    {
        var match = new MatchBuilder().For(Sample).AtVerdict().Build();

        Assert.That(Machine.WhyNot(match, trigger), Is.EqualTo("Verdict: the debate is over; only the verdict remains."));
    }

    [Test]
    public void WhyNot_StartDuringASpeech_DoesNotSayTheDebateIsOver()
    {
        var match = new MatchBuilder().For(Sample).InSpeech(3).Build();

        var why = Machine.WhyNot(match, Trigger.Start);

        Assert.Multiple(() =>
        {
            Assert.That(why, Is.Not.Null);
            Assert.That(why, Does.Not.Contain("over"));
        });
    }

    [Test]
    public void Fire_APermittedTrigger_GivesItsRow()
    {
        var match = new MatchBuilder().For(Sample).InSpeech(7).Build();

        var row = Machine.Fire(match, Trigger.EndSpeech);

        Assert.Multiple(() =>
        {
            Assert.That(row!.To.Id, Is.EqualTo("verdict"));
            Assert.That(Machine.Fire(match, Trigger.PlayClaim), Is.Null);
        });
    }

    [Test]
    public void ToMermaid_DrawsEveryStateAndEveryEdge()
    {
        var text = Machine.ToMermaid();

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.StartWith("stateDiagram-v2\n"));
            Assert.That(text, Does.Contain("[*] --> setup\n"));
            Assert.That(text, Does.Contain("verdict --> [*]\n"));
            foreach (var state in Machine.States)
            {
                Assert.That(text, Does.Contain($"state \"{state.Title}\" as {state.Id}\n"));
            }

            foreach (var row in Machine.Transitions.Where(t => !t.IsInternal))
            {
                Assert.That(text, Does.Contain($"{row.From.Id} --> {row.To.Id} : {row.Trigger}\n"));
            }
        });
    }

    [Test]
    public void ToMermaid_NotesEntryActionsAndThePlaysEachSpeechAllows()
    {
        var text = Machine.ToMermaid();

        Assert.Multiple(() =>
        {
            // The room leans only once it has heard both sides: not after the first speech.
            Assert.That(text, Does.Contain("note right of speech1\n        entry: DrawAndSetClock\n        plays: PlayClaim, PlayEvidence\n    end note"));
            Assert.That(text, Does.Contain("note right of speech2\n        entry: DrawAndSetClock\n        exit: AudienceLeans\n        plays: PlayClaim, PlayEvidence\n    end note"));
            Assert.That(text, Does.Contain("note right of speech3\n        entry: RevealEvent\n        entry: DrawAndSetClock\n        exit: AudienceLeans\n        plays: PlayClaim, PlayEvidence, PlayRebuttal\n    end note"));
            Assert.That(text, Does.Contain("note right of speech8\n        entry: DrawAndSetClock\n        exit: AudienceLeans\n        plays: PlayEvidence, PlayRebuttal\n    end note"));
            Assert.That(text, Does.Contain("note right of verdict\n        entry: Adjudicate\n    end note"));
        });
    }

    [Test]
    public void ToMermaid_ATitleWithQuotes_StaysOneMermaidString()
    {
        var phases = SampleScenario.DefaultPhases.SetItem(0, SampleScenario.DefaultPhases[0] with { Name = "The \"Big\" Opening" });
        var machine = PhaseMachine.For(new ScenarioBuilder().WithPhases([.. phases]).Build());

        Assert.That(machine.ToMermaid(), Does.Contain("state \"The 'Big' Opening · Alliance\" as speech1\n"));
    }

    [Test]
    public void For_AScriptWithSeveralRounds_HasAStateForEverySpeechOfEveryRound()
    {
        var rebuttal = SampleScenario.DefaultPhases[1] with { Rounds = 4 };
        var scenario = new ScenarioBuilder().WithPhases(SampleScenario.DefaultPhases[0], rebuttal, SampleScenario.DefaultPhases[2]).Build();

        var machine = PhaseMachine.For(scenario);

        Assert.Multiple(() =>
        {
            Assert.That(machine.States, Has.Length.EqualTo(2 + 2 + 8 + 2));
            Assert.That(machine.States.Where(s => s.OnEntry.Contains(PhaseAction.RevealEvent)).Select(s => s.Title),
                Is.EqualTo(new[] { "Rebuttal 1 · Alliance", "Rebuttal 2 · Alliance", "Rebuttal 3 · Alliance", "Rebuttal 4 · Alliance" }));
            Assert.That(machine.ToMermaid(), Does.Contain("speech12 --> verdict : EndSpeech\n"));
        });
    }

    [Test]
    public void For_AScriptWithoutSpeeches_IsRefused()
    {
        var scenario = new ScenarioBuilder().WithPhases().Build();

        var thrown = Assert.Throws<InvalidOperationException>(() => PhaseMachine.For(scenario));

        Assert.That(thrown!.Message, Does.Contain("The phase script has no speeches, so no side ever speaks."));
    }
}
