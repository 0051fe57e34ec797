using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Debate.Core.Content;
using Debate.Core.Play;
using Stateless.Reflection;

namespace Debate.Core.Phases;

/// <summary>
/// The phase flow compiled for the engine: read once per scenario from the Stateless machine's
/// <c>GetInfo()</c> (<see cref="PhaseFlow.Info"/>) into arrays indexed by speech, so that the rules
/// ask "may this kind be played now, and if not, why not" and "what happens when this speech ends"
/// in a few nanoseconds. States, transitions, guard descriptions and entry and exit actions all come
/// from the machine; nothing here restates the format.
/// </summary>
public sealed class PhaseTable
{
    private static readonly ConditionalWeakTable<Scenario, PhaseTable> Cache = [];
    private static readonly Trigger[] AllTriggers = [Trigger.Start, Trigger.PlayClaim, Trigger.PlayEvidence, Trigger.PlayRebuttal, Trigger.EndSpeech];

    private readonly Row[][] rows;
    private readonly byte[] playable;
    private readonly ImmutableArray<PhaseAction>[] entry;
    private readonly ImmutableArray<PhaseAction>[] exit;
    private readonly bool[] reveals;
    private readonly bool[] leans;

    private PhaseTable(ImmutableArray<PhaseState> states, ImmutableArray<PhaseState> rounds, Row[][] rows,
        ImmutableArray<PhaseAction>[] entry, ImmutableArray<PhaseAction>[] exit)
    {
        States = states;
        Rounds = rounds;
        this.rows = rows;
        this.entry = entry;
        this.exit = exit;
        reveals = [.. entry.Select(a => a.Contains(PhaseAction.RevealEvent))];
        leans = [.. exit.Select(a => a.Contains(PhaseAction.AudienceLeans))];
        playable = new byte[states.Length];
        for (var s = 0; s < states.Length; s++)
        {
            foreach (var row in rows[s])
            {
                if (Kind(row.Trigger) is { } kind && row.Guards.All(g => g.Kind == GuardKind.TimeLeft))
                {
                    playable[s] |= (byte)(1 << (int)kind);
                }
            }
        }
    }

    /// <summary>The states a match can be in, in order: Setup, every speech, Verdict.</summary>
    public ImmutableArray<PhaseState> States { get; }

    /// <summary>The round superstates, in order.</summary>
    public ImmutableArray<PhaseState> Rounds { get; }

    /// <summary>The table for a scenario, compiled once from its <see cref="PhaseFlow"/> and shared.</summary>
    public static PhaseTable For(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Cache.GetValue(scenario, static s => Compile(PhaseFlow.Of(s).Info, PhaseFlow.GuardsOf(s)));
    }

    /// <summary>
    /// Compiles a Stateless description whose states are <see cref="PhaseState"/>s and whose guard
    /// descriptions are keys of <paramref name="guards"/>. Throws when the flow is broken: a state
    /// that cannot be reached from Setup, one from which the verdict cannot be reached, no speech.
    /// </summary>
    public static PhaseTable Compile(StateMachineInfo info, IReadOnlyDictionary<string, Guard> guards)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(guards);
        var problems = new List<string>();
        var all = info.States.ToList();
        var stateOf = all.ToDictionary(s => s, s => s.UnderlyingState as PhaseState
            ?? throw new ArgumentException($"State '{s.UnderlyingState}' is not a phase state.", nameof(info)));
        var leaves = all.Where(s => !s.Substates.Any()).OrderBy(s => stateOf[s].Speech).ToList();
        var states = leaves.Select(s => stateOf[s]).ToImmutableArray();
        var index = leaves.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i);
        var rows = new Row[leaves.Count][];
        for (var i = 0; i < leaves.Count; i++)
        {
            rows[i] = [.. leaves[i].FixedTransitions.Select(t => new Row(
                (Trigger)t.Trigger.UnderlyingTrigger,
                index.TryGetValue(t.DestinationState, out var to) ? to : -1,
                t.IsInternalTransition,
                [.. t.GuardConditionsMethodDescriptions.Select(g => guards.TryGetValue(g.Description, out var guard) ? guard : Unknown(g.Description, problems))]))];
        }

        problems.AddRange(PhaseTableCheck.Problems(states, [.. rows.Select(r => r.Where(x => !x.Internal).Select(x => x.To).ToImmutableArray())]));
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The phase table is broken: " + string.Join(" ", problems));
        }

        var entry = new ImmutableArray<PhaseAction>[leaves.Count];
        var exit = new ImmutableArray<PhaseAction>[leaves.Count];
        for (var i = 0; i < leaves.Count; i++)
        {
            var from = Array.FindIndex(rows, r => r.Any(x => !x.Internal && x.To == i));
            entry[i] = from < 0 ? Actions(leaves[i].EntryActions.Select(a => a.Method.Description)) : Entering(leaves[from], leaves[i]);
            var next = rows[i].FirstOrDefault(x => !x.Internal);
            exit[i] = next is null ? [] : Leaving(leaves[i], leaves[next.To]);
        }

        var rounds = all.Where(s => s.Substates.Any()).Select(s => stateOf[s]).OrderBy(s => s.Speech).ToImmutableArray();
        return new PhaseTable(states, rounds, rows, entry, exit);
    }

    /// <summary>The state <paramref name="match"/> is in.</summary>
    public PhaseState StateOf(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return States[Position(match)];
    }

    /// <summary>The triggers whose guards all hold now.</summary>
    public ImmutableArray<Trigger> Permitted(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var position = Position(match);
        return [.. AllTriggers.Where(t => rows[position].Any(r => r.Trigger == t) && Unmet(match, position, t) is null)];
    }

    /// <summary>Null when <paramref name="trigger"/> is permitted now; otherwise the reason it is not.</summary>
    public string? WhyNot(Match match, Trigger trigger)
    {
        ArgumentNullException.ThrowIfNull(match);
        var position = Position(match);
        var state = States[position];
        if (!Array.Exists(rows[position], r => r.Trigger == trigger))
        {
            return state.Kind switch
            {
                PhaseStateKind.Setup => "The match has not started.",
                PhaseStateKind.Verdict => $"{state.Title}: the debate is over; only the verdict remains.",
                _ => $"{state.Title}: the match has already started.",
            };
        }

        return Unmet(match, position, trigger)?.Description;
    }

    /// <summary>The state <paramref name="trigger"/> leads to from <paramref name="state"/> (the same one for a play), or null.</summary>
    public PhaseState? Next(PhaseState state, Trigger trigger)
    {
        var position = States.IndexOf(state);
        var row = position < 0 ? null : Array.Find(rows[position], r => r.Trigger == trigger);
        return row is null ? null : States[row.To];
    }

    /// <summary>The actions taken on entering the state of speech <paramref name="speech"/> from the one before it (round entry first).</summary>
    public ImmutableArray<PhaseAction> EntryActions(int speech) => entry[speech + 1];

    /// <summary>The actions taken on leaving the state of speech <paramref name="speech"/> for the next.</summary>
    public ImmutableArray<PhaseAction> ExitActions(int speech) => exit[speech + 1];

    /// <summary>Whether a card of <paramref name="kind"/> may be played in speech <paramref name="speech"/> while it has time left.</summary>
    internal bool Allows(int speech, CardKind kind) => (playable[speech + 1] & (1 << (int)kind)) != 0;

    /// <summary>The kinds of card speech <paramref name="speech"/> allows, as bits <c>1 &lt;&lt; kind</c>.</summary>
    internal int KindsAllowed(int speech) => playable[speech + 1];

    /// <summary>Whether an event is revealed as speech <paramref name="speech"/> begins (its round's entry action).</summary>
    internal bool RevealsOnEntry(int speech) => reveals[speech + 1];

    /// <summary>Whether the room leans as speech <paramref name="speech"/> ends (its exit action).</summary>
    internal bool LeansOnExit(int speech) => leans[speech + 1];

    private static int Position(Match match) => match.IsOver ? match.Scenario.Speeches.Length + 1 : match.SpeechIndex + 1;

    private Guard? Unmet(Match match, int position, Trigger trigger)
    {
        foreach (var row in rows[position])
        {
            if (row.Trigger == trigger)
            {
                foreach (var guard in row.Guards)
                {
                    if (!guard.Holds(match))
                    {
                        return guard;
                    }
                }

                return null;
            }
        }

        return null;
    }

    private static CardKind? Kind(Trigger trigger) => trigger switch
    {
        Trigger.PlayClaim => CardKind.Claim,
        Trigger.PlayEvidence => CardKind.Evidence,
        Trigger.PlayRebuttal => CardKind.Rebuttal,
        _ => null,
    };

    private static Guard Unknown(string description, List<string> problems)
    {
        problems.Add($"The guard '{description}' is not one the flow defines.");
        return new Guard(description, GuardKind.FormatForbids);
    }

    // Entering a state from another: the entry actions of every superstate the source is not in
    // (outermost first), then the state's own, as Stateless runs them.
    private static ImmutableArray<PhaseAction> Entering(StateInfo from, StateInfo to)
    {
        var outside = Ancestors(from);
        var descriptions = Ancestors(to).Where(a => !outside.Contains(a)).Reverse()
            .SelectMany(a => a.EntryActions.Select(x => x.Method.Description))
            .Concat(to.EntryActions.Select(x => x.Method.Description));
        return Actions(descriptions);
    }

    // Leaving a state for another: its own exit actions, then those of every superstate the target is not in (innermost first).
    private static ImmutableArray<PhaseAction> Leaving(StateInfo from, StateInfo to)
    {
        var inside = Ancestors(to);
        var descriptions = from.ExitActions.Select(x => x.Description)
            .Concat(Ancestors(from).Where(a => !inside.Contains(a)).SelectMany(a => a.ExitActions.Select(x => x.Description)));
        return Actions(descriptions);
    }

    private static List<StateInfo> Ancestors(StateInfo state)
    {
        var list = new List<StateInfo>();
        for (var s = state.Superstate; s is not null; s = s.Superstate)
        {
            list.Add(s);
        }

        return list;
    }

    private static ImmutableArray<PhaseAction> Actions(IEnumerable<string> descriptions) =>
        [.. descriptions.Select(d => Enum.Parse<PhaseAction>(d))];

    private sealed record Row(Trigger Trigger, int To, bool Internal, ImmutableArray<Guard> Guards);
}
