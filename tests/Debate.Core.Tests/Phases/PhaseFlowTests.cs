using Debate.Core.Content;
using Debate.Core.Phases;
using Debate.Core.Play;
using Debate.Core.Tests.Builders;
using NUnit.Framework;
using Stateless.Reflection;

namespace Debate.Core.Tests.Phases;

/// <summary>The phase flow as Stateless defines it: rounds as superstates, a state per speech, guards and named actions.</summary>
public sealed class PhaseFlowTests
{
    private static readonly Scenario Sample = SampleScenario.Build();

    private static StateMachineInfo Info => PhaseFlow.Of(Sample).Info;

    private static StateInfo StateNamed(string id) => Info.States.Single(s => ((PhaseState)s.UnderlyingState).Id == id);

    private static PhaseState Of(StateInfo state) => (PhaseState)state.UnderlyingState;

    [Test]
    public void Flow_BeforeTheDeal_IsInSetup()
    {
        Assert.That(PhaseFlow.Of(Sample).State.Kind, Is.EqualTo(PhaseStateKind.Setup));
    }

    [Test]
    public void Rounds_AreSuperstatesOfTheirSpeeches()
    {
        var rounds = Info.States.Where(s => s.Substates.Any()).OrderBy(s => Of(s).Speech).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(rounds.Select(r => Of(r).Title), Is.EqualTo(new[] { "Opening", "Rebuttal 1", "Rebuttal 2", "Closing" }));
            Assert.That(rounds.Select(r => r.Substates.Select(s => Of(s).Id)), Is.EqualTo(new[]
            {
                new[] { "speech1", "speech2" }, ["speech3", "speech4"], ["speech5", "speech6"], ["speech7", "speech8"],
            }));
            Assert.That(rounds.Select(r => Of(r).Kind), Is.All.EqualTo(PhaseStateKind.Round));
        });
    }

    [Test]
    public void EntryAndExitActions_AreNamedOnTheirStates()
    {
        static IEnumerable<string> Entry(StateInfo s) => s.EntryActions.Select(a => a.Method.Description);
        static IEnumerable<string> Exit(StateInfo s) => s.ExitActions.Select(a => a.Description);

        Assert.Multiple(() =>
        {
            Assert.That(Entry(StateNamed("setup")), Is.EqualTo(new[] { "Deal" }));
            Assert.That(Entry(StateNamed("round1")), Is.Empty, "the opening reveals no event");
            Assert.That(Entry(StateNamed("round2")), Is.EqualTo(new[] { "RevealEvent" }));
            Assert.That(Entry(StateNamed("round3")), Is.EqualTo(new[] { "RevealEvent" }));
            Assert.That(Entry(StateNamed("speech3")), Is.EqualTo(new[] { "DrawAndSetClock" }));
            Assert.That(Exit(StateNamed("speech1")), Is.Empty, "the room waits to hear both sides");
            Assert.That(Exit(StateNamed("speech2")), Is.EqualTo(new[] { "AudienceLeans" }));
            Assert.That(Entry(StateNamed("verdict")), Is.EqualTo(new[] { "Adjudicate" }));
        });
    }

    [Test]
    public void Transitions_AreStartThenThreeGuardedPlaysAndAnEndPerSpeech()
    {
        var transitions = Info.States.SelectMany(s => s.FixedTransitions.Select(t => (From: Of(s), t))).ToList();
        var ends = transitions.Where(x => (Trigger)x.t.Trigger.UnderlyingTrigger == Trigger.EndSpeech).Select(x => (x.From.Id, Of(x.t.DestinationState).Id));

        Assert.Multiple(() =>
        {
            Assert.That(transitions, Has.Count.EqualTo(1 + (8 * 4)));
            Assert.That(transitions.Where(x => x.t.IsInternalTransition).Select(x => x.t.GuardConditionsMethodDescriptions.Count()).ToList(), Has.Count.EqualTo(24).And.All.EqualTo(1));
            Assert.That(ends, Is.EqualTo(Enumerable.Range(1, 8).Select(i => ($"speech{i}", i == 8 ? "verdict" : $"speech{i + 1}"))));
        });
    }

    [TestCase(0, Trigger.PlayRebuttal, "Opening · Alliance allows only claims and evidence: no rebuttals in this speech.")]
    [TestCase(6, Trigger.PlayClaim, "Closing · Partnership allows only evidence and rebuttals: no new claims in this speech.")]
    public void CanFire_AKindTheSpeechForbids_GivesTheFormatGuard(int speech, Trigger trigger, string expected)
    {
        var flow = PhaseFlow.Over(new MatchBuilder().For(Sample).InSpeech(speech).Build());

        var can = flow.CanFire(trigger, out var unmet);

        Assert.Multiple(() =>
        {
            Assert.That(can, Is.False);
            Assert.That(unmet, Is.EqualTo(new[] { expected }));
        });
    }

    [Test]
    public void CanFire_APlayWithNoTimeLeft_GivesTheClocksGuard()
    {
        var flow = PhaseFlow.Over(new MatchBuilder().For(Sample).InSpeech(2).WithTimeLeft(0).Build());

        Assert.That(flow.CanFire(Trigger.PlayEvidence, out var unmet), Is.False);
        Assert.That(unmet, Is.EqualTo(new[] { "No time is left in this speech: end it." }));
    }

    [Test]
    public void CanFire_ATriggerTheStateDoesNotHave_LeavesTheUnmetGuardsNull()
    {
        var flow = PhaseFlow.Over(new MatchBuilder().For(Sample).InSpeech(3).Build());

        Assert.That(flow.CanFire(Trigger.Start, out var unmet), Is.False);
        Assert.That(unmet, Is.Null);
    }

    [Test]
    public void Fire_EndOfTheLastSpeech_MovesTheMatchToTheVerdictWithTheRoomsLeanAndTheAdjudication()
    {
        var flow = PhaseFlow.Over(new MatchBuilder().For(Sample).InSpeech(7).Build());

        flow.Fire(Trigger.EndSpeech);

        Assert.Multiple(() =>
        {
            Assert.That(flow.State.Kind, Is.EqualTo(PhaseStateKind.Verdict));
            Assert.That(flow.Match!.IsOver, Is.True, "the state is stored in the match");
            Assert.That(flow.Taken, Is.EqualTo(new[] { PhaseAction.AudienceLeans, PhaseAction.Adjudicate }));
        });
    }

    [Test]
    public void Fire_IntoANewRound_RevealsItsEventBeforeTheSpeakerDraws()
    {
        var flow = PhaseFlow.Over(new MatchBuilder().For(Sample).InSpeech(1).Build());

        flow.Fire(Trigger.EndSpeech);

        Assert.Multiple(() =>
        {
            Assert.That(flow.State.Id, Is.EqualTo("speech3"));
            Assert.That(flow.Taken, Is.EqualTo(new[] { PhaseAction.AudienceLeans, PhaseAction.RevealEvent, PhaseAction.DrawAndSetClock }));
        });
    }

    [Test]
    public void Fire_APlay_StaysInTheSpeechAndTakesNoAction()
    {
        var flow = PhaseFlow.Over(new MatchBuilder().For(Sample).InSpeech(2).Build());

        flow.Fire(Trigger.PlayRebuttal);

        Assert.Multiple(() =>
        {
            Assert.That(flow.State.Id, Is.EqualTo("speech3"));
            Assert.That(flow.Taken, Is.Empty);
        });
    }

    [Test]
    public void Fire_APlayTheFormatForbids_IsRefusedByStateless()
    {
        var flow = PhaseFlow.Over(new MatchBuilder().For(Sample).InSpeech(6).Build());

        Assert.Throws<InvalidOperationException>(() => flow.Fire(Trigger.PlayClaim));
    }

    [Test]
    public void ToDot_IsStatelesssUmlDrawingWithRoundsAsClustersAndTheActions()
    {
        var dot = PhaseFlow.ToDot(Sample);

        Assert.Multiple(() =>
        {
            Assert.That(dot, Does.StartWith("digraph {"));
            Assert.That(dot, Does.Contain("subgraph \"clusterRebuttal 1\""));
            Assert.That(dot, Does.Contain("entry / RevealEvent"));
            Assert.That(dot, Does.Contain("\"3. Rebuttal 1 · Alliance\" [label=\"3. Rebuttal 1 · Alliance|entry / DrawAndSetClock\\nexit / AudienceLeans\"]"));
            Assert.That(dot, Does.Contain("\"8. Closing · Alliance\" -> \"Verdict\" [style=\"solid\", label=\"EndSpeech\"]"));
            Assert.That(dot, Does.Contain("label=\"PlayClaim [Closing · Alliance allows only evidence and rebuttals: no new claims in this speech.]\""));
            Assert.That(dot, Does.Contain("init -> \"Setup\""));
        });
    }

    [Test]
    public void Names_WithCharactersThatBreakDrawings_AreMadeSafeAndStayUnique()
    {
        var phases = SampleScenario.DefaultPhases.SetItem(0, SampleScenario.DefaultPhases[0] with { Name = "The {Big} | <Opening>: \"first\"" });
        var scenario = new ScenarioBuilder().WithPhases([.. phases]).Build();

        var names = PhaseFlow.Of(scenario).Info.States.Select(s => s.UnderlyingState.ToString()!).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(names, Is.Unique);
            Assert.That(names, Has.None.Contains("{").And.None.Contains("}").And.None.Contains("|").And.None.Contains("<").And.None.Contains(">"));
            Assert.That(PhaseFlow.ToMermaid(scenario), Does.Contain("state \"The {Big} | <Opening>: 'first'\" as round1 {"));
        });
    }

    [Test]
    public void ToMermaid_DrawsRoundsAsCompositesWithTheirSpeechesNotesAndEdges()
    {
        var text = PhaseFlow.ToMermaid(Sample);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.StartWith("stateDiagram-v2\n    [*] --> setup\n"));
            Assert.That(text, Does.Contain("    state \"Rebuttal 1\" as round2 {\n        state \"Rebuttal 1 · Alliance\" as speech3\n"));
            Assert.That(text, Does.Contain("        [*] --> speech3\n        speech3 --> speech4 : EndSpeech\n        speech4 --> [*]\n    }\n"));
            Assert.That(text, Does.Contain("    note right of round2\n        entry: RevealEvent\n    end note\n"));
            Assert.That(text, Does.Contain("        note right of speech1\n            entry: DrawAndSetClock\n            plays: PlayClaim, PlayEvidence\n        end note\n"));
            Assert.That(text, Does.Contain("        note right of speech8\n            entry: DrawAndSetClock\n            exit: AudienceLeans\n            plays: PlayEvidence, PlayRebuttal\n        end note\n"));
            Assert.That(text, Does.Contain("    setup --> round1 : Start\n    round1 --> round2 : EndSpeech\n    round2 --> round3 : EndSpeech\n    round3 --> round4 : EndSpeech\n    round4 --> verdict : EndSpeech\n"));
            Assert.That(text, Does.Contain("    note right of verdict\n        entry: Adjudicate\n    end note\n"));
            Assert.That(text, Does.EndWith("    verdict --> [*]\n"));
        });
    }

    [Test]
    public void Of_AScriptWithSeveralRounds_HasARoundForEachAndRevealsAnEventAtEach()
    {
        var rebuttal = SampleScenario.DefaultPhases[1] with { Rounds = 4 };
        var scenario = new ScenarioBuilder().WithPhases(SampleScenario.DefaultPhases[0], rebuttal, SampleScenario.DefaultPhases[2]).Build();

        var info = PhaseFlow.Of(scenario).Info;

        Assert.Multiple(() =>
        {
            Assert.That(info.States.Count(s => !s.Substates.Any()), Is.EqualTo(2 + 2 + 8 + 2));
            Assert.That(info.States.Where(s => s.EntryActions.Any(a => a.Method.Description == "RevealEvent")).Select(s => Of(s).Title),
                Is.EqualTo(new[] { "Rebuttal 1", "Rebuttal 2", "Rebuttal 3", "Rebuttal 4" }));
            Assert.That(PhaseFlow.ToMermaid(scenario), Does.Contain("round5 --> round6 : EndSpeech\n"));
        });
    }
}
