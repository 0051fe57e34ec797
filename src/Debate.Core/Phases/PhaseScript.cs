using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Debate.Core.Content;
using Debate.Core.Text;

namespace Debate.Core.Phases;

/// <summary>
/// The states and guards of a scenario's phase flow, read from its phase script once: Setup, a
/// round superstate per round of each phase, a state per speech, Verdict, and a guard per play a
/// speech forbids (with the sentence that says why) plus the clock's guard.
/// </summary>
internal sealed class PhaseScript
{
    private static readonly ConditionalWeakTable<Scenario, PhaseScript> Cache = [];

    private static readonly (Trigger Trigger, CardKind Kind, string Plural)[] Plays =
    [
        (Trigger.PlayClaim, CardKind.Claim, "new claims"),
        (Trigger.PlayEvidence, CardKind.Evidence, "evidence"),
        (Trigger.PlayRebuttal, CardKind.Rebuttal, "rebuttals"),
    ];

    private PhaseScript(Scenario scenario)
    {
        Scenario = scenario;
        var slots = scenario.Speeches;
        var names = new HashSet<string>(StringComparer.Ordinal);
        Setup = new PhaseState("setup", "Setup", PhaseStateKind.Setup, -1, Unique("Setup", names));
        var rounds = ImmutableArray.CreateBuilder<PhaseState>();
        var speeches = ImmutableArray.CreateBuilder<PhaseState>(slots.Length);
        var roundOf = new int[slots.Length];
        var guards = new Dictionary<string, Guard> { [Guard.TimeLeft.Description] = Guard.TimeLeft };
        var plays = new Guard[slots.Length, Plays.Length];
        // The same walk as SpeechOrder.Unroll: phase by phase, round by round, speech by speech.
        var index = 0;
        foreach (var phase in scenario.Phases)
        {
            for (var round = 1; round <= phase.Rounds && !phase.Speeches.IsDefaultOrEmpty; round++)
            {
                var title = phase.Rounds > 1 ? $"{phase.Name} {round}" : phase.Name;
                rounds.Add(new PhaseState($"round{rounds.Count + 1}", title, PhaseStateKind.Round, index, Unique(title, names)));
                foreach (var _ in phase.Speeches)
                {
                    var slot = slots[index++];
                    roundOf[slot.Index] = rounds.Count - 1;
                    speeches.Add(new PhaseState($"speech{slot.Index + 1}", slot.Title, PhaseStateKind.Speech, slot.Index, Unique($"{slot.Index + 1}. {slot.Title}", names)));
                    for (var p = 0; p < Plays.Length; p++)
                    {
                        var guard = slot.Speech.Allows(Plays[p].Kind)
                            ? Guard.TimeLeft
                            : new Guard($"{slot.Title} allows only {Describe(slot.Speech)}: no {Plays[p].Plural} in this speech.", GuardKind.FormatForbids);
                        guards.TryAdd(guard.Description, guard);
                        plays[slot.Index, p] = guards[guard.Description];
                    }
                }
            }
        }

        Verdict = new PhaseState("verdict", "Verdict", PhaseStateKind.Verdict, slots.Length, Unique("Verdict", names));
        Rounds = rounds.ToImmutable();
        Speeches = speeches.MoveToImmutable();
        RoundOf = [.. roundOf];
        Guards = guards.ToFrozenDictionary(StringComparer.Ordinal);
        this.plays = plays;
    }

    private readonly Guard[,] plays;

    public Scenario Scenario { get; }

    public PhaseState Setup { get; }

    public ImmutableArray<PhaseState> Rounds { get; }

    public ImmutableArray<PhaseState> Speeches { get; }

    public PhaseState Verdict { get; }

    /// <summary>The round (index into <see cref="Rounds"/>) of each speech.</summary>
    public ImmutableArray<int> RoundOf { get; }

    /// <summary>Every guard by its description.</summary>
    public FrozenDictionary<string, Guard> Guards { get; }

    /// <summary>The three plays, in the order the flow configures them.</summary>
    public static IEnumerable<Trigger> PlayTriggers => Plays.Select(p => p.Trigger);

    public static PhaseScript Of(Scenario scenario) => Cache.GetValue(scenario, static s => new PhaseScript(s));

    /// <summary>The guard on <paramref name="trigger"/> (a play) in speech <paramref name="speech"/>.</summary>
    public Guard GuardOn(int speech, Trigger trigger) => plays[speech, Array.FindIndex(Plays, p => p.Trigger == trigger)];

    // Names are what the drawings print: one line, visible characters, none of DOT's record
    // separators or Mermaid's braces, and never the same for two states.
    private static string Unique(string title, HashSet<string> taken)
    {
        var clean = new string([.. VisibleText.Line(title).Select(c => c switch
        {
            '{' => '(',
            '}' => ')',
            '|' => '/',
            '<' => '‹',
            '>' => '›',
            _ => c,
        })]);
        var name = clean;
        for (var n = 2; !taken.Add(name); n++)
        {
            name = $"{clean} ({n})";
        }

        return name;
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
