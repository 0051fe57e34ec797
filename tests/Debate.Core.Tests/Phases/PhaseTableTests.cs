using Debate.Core.Content;
using Debate.Core.Phases;
using Debate.Core.Play;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Phases;

/// <summary>The phase table the engine reads, compiled from the Stateless flow.</summary>
public sealed class PhaseTableTests
{
    private static readonly Scenario Sample = SampleScenario.Build();
    private static readonly PhaseTable Table = PhaseTable.For(Sample);

    [Test]
    public void States_FollowTheScriptFromSetupThroughEverySpeechToTheVerdict()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Table.States.Select(s => s.Id), Is.EqualTo(new[]
            {
                "setup", "speech1", "speech2", "speech3", "speech4", "speech5", "speech6", "speech7", "speech8", "verdict",
            }));
            Assert.That(Table.States.Select(s => s.Title), Is.EqualTo(new[]
            {
                "Setup", "Opening · Alliance", "Opening · Partnership", "Rebuttal 1 · Alliance", "Rebuttal 1 · Partnership",
                "Rebuttal 2 · Alliance", "Rebuttal 2 · Partnership", "Closing · Partnership", "Closing · Alliance", "Verdict",
            }));
            Assert.That(Table.States.Select(s => s.Speech), Is.EqualTo(new[] { -1, 0, 1, 2, 3, 4, 5, 6, 7, 8 }));
            Assert.That(Table.Rounds.Select(s => s.Title), Is.EqualTo(new[] { "Opening", "Rebuttal 1", "Rebuttal 2", "Closing" }));
        });
    }

    [Test]
    public void EntryAndExitActions_OfEachSpeech_IncludeItsRoundsEntry()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Table.EntryActions(0), Is.EqualTo(new[] { PhaseAction.DrawAndSetClock }));
            Assert.That(Table.EntryActions(2), Is.EqualTo(new[] { PhaseAction.RevealEvent, PhaseAction.DrawAndSetClock }));
            Assert.That(Table.EntryActions(3), Is.EqualTo(new[] { PhaseAction.DrawAndSetClock }));
            Assert.That(Table.EntryActions(4), Is.EqualTo(new[] { PhaseAction.RevealEvent, PhaseAction.DrawAndSetClock }));
            Assert.That(Table.ExitActions(0), Is.Empty);
            Assert.That(Table.ExitActions(1), Is.EqualTo(new[] { PhaseAction.AudienceLeans }));
            Assert.That(Table.EntryActions(8), Is.EqualTo(new[] { PhaseAction.Adjudicate }));
        });
    }

    [Test]
    public void For_TheSameScenario_IsCompiledOnce()
    {
        Assert.That(PhaseTable.For(Sample), Is.SameAs(Table));
    }

    [Test]
    public void StateOf_FollowsTheMatchFromTheFirstSpeechToTheVerdict()
    {
        var match = new MatchBuilder().For(Sample).Build();
        var states = new List<string> { Table.StateOf(match).Id };

        while (!match.IsOver)
        {
            match = Rules.Apply(match, Move.End(match.Speaker)).Match;
            states.Add(Table.StateOf(match).Id);
        }

        Assert.That(states, Is.EqualTo(Table.States.Skip(1).Select(s => s.Id)));
    }

    [TestCase(0, new[] { Trigger.PlayClaim, Trigger.PlayEvidence, Trigger.EndSpeech })]
    [TestCase(2, new[] { Trigger.PlayClaim, Trigger.PlayEvidence, Trigger.PlayRebuttal, Trigger.EndSpeech })]
    [TestCase(6, new[] { Trigger.PlayEvidence, Trigger.PlayRebuttal, Trigger.EndSpeech })]
    [TestCase(7, new[] { Trigger.PlayEvidence, Trigger.PlayRebuttal, Trigger.EndSpeech })]
    public void Permitted_InASpeechWithTime_AreTheKindsItAllowsAndTheEnd(int speech, Trigger[] expected)
    {
        var match = new MatchBuilder().For(Sample).InSpeech(speech).Build();

        Assert.That(Table.Permitted(match), Is.EquivalentTo(expected));
    }

    [Test]
    public void Permitted_WithNoTimeLeft_IsOnlyTheEndOfTheSpeech()
    {
        var match = new MatchBuilder().For(Sample).InSpeech(2).WithTimeLeft(0).Build();

        Assert.That(Table.Permitted(match), Is.EqualTo(new[] { Trigger.EndSpeech }));
    }

    [Test]
    public void Permitted_AtTheVerdict_IsNothing()
    {
        var match = new MatchBuilder().For(Sample).AtVerdict().Build();

        Assert.That(Table.Permitted(match), Is.Empty);
    }

    [TestCase(0, Trigger.PlayRebuttal, "Opening · Alliance allows only claims and evidence: no rebuttals in this speech.")]
    [TestCase(1, Trigger.PlayRebuttal, "Opening · Partnership allows only claims and evidence: no rebuttals in this speech.")]
    [TestCase(6, Trigger.PlayClaim, "Closing · Partnership allows only evidence and rebuttals: no new claims in this speech.")]
    [TestCase(7, Trigger.PlayClaim, "Closing · Alliance allows only evidence and rebuttals: no new claims in this speech.")]
    public void WhyNot_AKindTheSpeechForbids_IsThePhaseGuardsDescription(int speech, Trigger trigger, string expected)
    {
        var match = new MatchBuilder().For(Sample).InSpeech(speech).Build();

        Assert.That(Table.WhyNot(match, trigger), Is.EqualTo(expected));
    }

    [Test]
    public void WhyNot_APlayWithNoTimeLeft_IsTheClocksGuard()
    {
        var match = new MatchBuilder().For(Sample).InSpeech(2).WithTimeLeft(0).Build();

        Assert.That(Table.WhyNot(match, Trigger.PlayRebuttal), Is.EqualTo("No time is left in this speech: end it."));
    }

    [TestCase(Trigger.PlayClaim)]
    [TestCase(Trigger.PlayEvidence)]
    [TestCase(Trigger.PlayRebuttal)]
    [TestCase(Trigger.EndSpeech)]
    public void WhyNot_APermittedTrigger_IsNull(Trigger trigger)
    {
        var match = new MatchBuilder().For(Sample).InSpeech(4).Build();

        Assert.That(Table.WhyNot(match, trigger), Is.Null);
    }

    [TestCase(Trigger.EndSpeech)]
    [TestCase(Trigger.PlayEvidence)]
    public void WhyNot_AtTheVerdict_SaysTheDebateIsOver(Trigger trigger)
    {
        var match = new MatchBuilder().For(Sample).AtVerdict().Build();

        Assert.That(Table.WhyNot(match, trigger), Is.EqualTo("Verdict: the debate is over; only the verdict remains."));
    }

    [Test]
    public void WhyNot_StartDuringASpeech_SaysTheMatchHasStarted()
    {
        var match = new MatchBuilder().For(Sample).InSpeech(3).Build();

        Assert.That(Table.WhyNot(match, Trigger.Start), Is.EqualTo("Rebuttal 1 · Partnership: the match has already started."));
    }

    [Test]
    public void Next_FollowsTheFlowsTransitions()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Table.Next(Table.States[0], Trigger.Start)!.Id, Is.EqualTo("speech1"));
            Assert.That(Table.Next(Table.States[8], Trigger.EndSpeech)!.Id, Is.EqualTo("verdict"));
            Assert.That(Table.Next(Table.States[3], Trigger.PlayRebuttal)!.Id, Is.EqualTo("speech3"));
            Assert.That(Table.Next(Table.States[7], Trigger.Start), Is.Null);
        });
    }

    [Test]
    public void For_AScriptWithoutSpeeches_IsRefused()
    {
        var scenario = new ScenarioBuilder().WithPhases().Build();

        var thrown = Assert.Throws<InvalidOperationException>(() => PhaseTable.For(scenario));

        Assert.That(thrown!.Message, Does.Contain("The phase script has no speeches, so no side ever speaks."));
    }
}
