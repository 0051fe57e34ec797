using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Core.Phases;

/// <summary>Reads a scenario's unrolled phase script into the rows of the phase table.</summary>
internal static class PhaseTableBuilder
{
    private static readonly (Trigger Trigger, CardKind Kind, string Plural)[] Plays =
    [
        (Trigger.PlayClaim, CardKind.Claim, "new claims"),
        (Trigger.PlayEvidence, CardKind.Evidence, "evidence"),
        (Trigger.PlayRebuttal, CardKind.Rebuttal, "rebuttals"),
    ];

    public static (ImmutableArray<PhaseState> States, ImmutableArray<Transition> Rows) Build(Scenario scenario)
    {
        var slots = scenario.Speeches;
        var states = ImmutableArray.CreateBuilder<PhaseState>(slots.Length + 2);
        states.Add(new PhaseState("setup", "Setup", -1, [PhaseAction.Deal], []));
        foreach (var slot in slots)
        {
            var entry = slot.RevealsEvent ? [PhaseAction.RevealEvent, PhaseAction.DrawAndSetClock] : ImmutableArray.Create(PhaseAction.DrawAndSetClock);
            states.Add(new PhaseState($"speech{slot.Index + 1}", slot.Title, slot.Index, entry, slot.AudienceLeans ? [PhaseAction.AudienceLeans] : []));
        }

        states.Add(new PhaseState("verdict", "Verdict", slots.Length, [PhaseAction.Adjudicate], []));
        var rows = ImmutableArray.CreateBuilder<Transition>();
        rows.Add(new Transition(states[0], Trigger.Start, [], states[1]));
        var timeLeft = new Guard("No time is left in this speech: end it.", m => m.TimeLeft > 0);
        foreach (var slot in slots)
        {
            var state = states[slot.Index + 1];
            foreach (var (trigger, kind, plural) in Plays)
            {
                var allowed = slot.Speech.Allows(kind);
                var guard = Guard.Fixed($"{slot.Title} allows only {Describe(slot.Speech)}: no {plural} in this speech.", allowed);
                rows.Add(new Transition(state, trigger, [guard, timeLeft], state));
            }

            rows.Add(new Transition(state, Trigger.EndSpeech, [], states[slot.Index + 2]));
        }

        return (states.MoveToImmutable(), rows.ToImmutable());
    }

    private static string Describe(Speech speech)
    {
        var names = speech.Allowed.Select(k => k switch
        {
            CardKind.Claim => "claims",
            CardKind.Evidence => "evidence",
            CardKind.Rebuttal => "rebuttals",
            _ => "events",
        }).ToList();
        return names.Count switch
        {
            0 => "nothing but ending the speech",
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
        };
    }
}
