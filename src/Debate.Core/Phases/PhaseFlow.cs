using Debate.Core.Content;
using Debate.Core.Play;
using Stateless;
using Stateless.Graph;
using Stateless.Reflection;

namespace Debate.Core.Phases;

/// <summary>
/// The phase flow of a scenario, defined once, in Stateless, from its phase script: Setup, a
/// superstate per round (revealing the round's event on entry when the phase has one), a state per
/// speech (the speaker draws and the clock is set on entry; the room leans on exit once it has heard
/// both sides), and Verdict. Plays are internal transitions guarded by the speech's format and its
/// clock, each guard with the sentence a player reads; ending the speech moves on.
/// <para>
/// The state is stored outside the machine, in the immutable match the flow is over (its speech):
/// firing a trigger gives the flow a match in the next phase and records the entry and exit actions
/// taken, which <see cref="Rules.Apply"/> performs for real. Stateless is slow for a hot path
/// (about a microsecond and 1.5 KB a <c>Fire</c>), so the engine reads <see cref="PhaseTable"/>,
/// compiled from <see cref="Info"/> once per scenario; a test walks both through many matches.
/// </para>
/// </summary>
public sealed class PhaseFlow
{
    private readonly PhaseScript script;
    private readonly List<PhaseAction> taken = [];
    private Match? match;
    private PhaseState undealt;

    private PhaseFlow(Scenario scenario, Match? match)
    {
        script = PhaseScript.Of(scenario);
        this.match = match;
        undealt = script.Setup;
        Machine = new StateMachine<PhaseState, Trigger>(() => Current, Move);
        Configure();
    }

    /// <summary>The Stateless machine: ask it <c>CanFire(trigger, out unmetGuards)</c>, <c>GetInfo()</c>, or fire it.</summary>
    public StateMachine<PhaseState, Trigger> Machine { get; }

    /// <summary>The state the flow is in.</summary>
    public PhaseState State => Machine.State;

    /// <summary>The match the flow is over, in the phase the flow has reached; null before the deal.</summary>
    public Match? Match => match;

    /// <summary>The entry and exit actions taken since the flow was made or last followed a match, in order.</summary>
    public IReadOnlyList<PhaseAction> Taken => taken;

    /// <summary>The flow description for drawings and for compiling the engine's table.</summary>
    public StateMachineInfo Info => Machine.GetInfo();

    /// <summary>The flow of <paramref name="scenario"/> before the deal, in Setup.</summary>
    public static PhaseFlow Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new PhaseFlow(scenario, null);
    }

    /// <summary>The flow over <paramref name="match"/>, in the phase the match is in.</summary>
    public static PhaseFlow Over(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return new PhaseFlow(match.Scenario, match);
    }

    /// <summary>The guard of each description the flow gives Stateless.</summary>
    public static IReadOnlyDictionary<string, Guard> GuardsOf(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return PhaseScript.Of(scenario).Guards;
    }

    /// <summary>Whether <paramref name="trigger"/> may fire now; the unmet guards' descriptions, or null when this state has no such transition.</summary>
    public bool CanFire(Trigger trigger, out ICollection<string>? unmetGuards)
    {
        var can = Machine.CanFire(trigger, out var unmet);
        unmetGuards = unmet;
        return can;
    }

    /// <summary>Fires <paramref name="trigger"/>: the phase moves on in the match the flow holds, and the actions are recorded.</summary>
    public void Fire(Trigger trigger) => Machine.Fire(trigger);

    /// <summary>Continues from <paramref name="next"/> (the match <see cref="Rules.Apply"/> made); forgets the actions taken.</summary>
    public void Follow(Match next)
    {
        ArgumentNullException.ThrowIfNull(next);
        match = next;
        taken.Clear();
    }

    /// <summary>The flow as a DOT graph in UML style, drawn by Stateless from Setup.</summary>
    public static string ToDot(Scenario scenario) => UmlDotGraph.Format(Of(scenario).Info);

    /// <summary>The flow as a Mermaid state diagram (the project's own writer, fed from <see cref="Info"/>).</summary>
    public static string ToMermaid(Scenario scenario) => PhaseDiagram.Mermaid(Of(scenario).Info, GuardsOf(scenario));

    private PhaseState Current => match is null ? undealt : match.IsOver ? script.Verdict : script.Speeches[match.SpeechIndex];

    private void Move(PhaseState state)
    {
        if (match is null)
        {
            undealt = state;
        }
        else if (state.Kind is PhaseStateKind.Speech or PhaseStateKind.Verdict)
        {
            match = match with { SpeechIndex = state.Speech };
        }
    }

    private void Configure()
    {
        var speeches = script.Speeches;
        Machine.Configure(script.Setup)
            .OnEntry(Record(PhaseAction.Deal), nameof(PhaseAction.Deal))
            .Permit(Trigger.Start, speeches.IsEmpty ? script.Verdict : speeches[0]);
        foreach (var round in script.Rounds)
        {
            var reveals = script.Scenario.Speeches[round.Speech].RevealsEvent;
            var config = Machine.Configure(round);
            if (reveals)
            {
                config.OnEntry(Record(PhaseAction.RevealEvent), nameof(PhaseAction.RevealEvent));
            }
        }

        foreach (var speech in speeches)
        {
            var slot = script.Scenario.Speeches[speech.Speech];
            var config = Machine.Configure(speech)
                .SubstateOf(script.Rounds[script.RoundOf[speech.Speech]])
                .OnEntry(Record(PhaseAction.DrawAndSetClock), nameof(PhaseAction.DrawAndSetClock));
            if (slot.AudienceLeans)
            {
                config.OnExit(Record(PhaseAction.AudienceLeans), nameof(PhaseAction.AudienceLeans));
            }

            foreach (var trigger in PhaseScript.PlayTriggers)
            {
                var guard = script.GuardOn(speech.Speech, trigger);
                config.InternalTransitionIf(trigger, _ => match is not null && guard.Holds(match), () => { }, guard.Description);
            }

            config.Permit(Trigger.EndSpeech, speech.Speech + 1 < speeches.Length ? speeches[speech.Speech + 1] : script.Verdict);
        }

        Machine.Configure(script.Verdict).OnEntry(Record(PhaseAction.Adjudicate), nameof(PhaseAction.Adjudicate));
    }

    private Action Record(PhaseAction action) => () => taken.Add(action);
}
