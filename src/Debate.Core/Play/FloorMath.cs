using System.Runtime.CompilerServices;
using Debate.Core.Adjudication;
using Debate.Core.Content;

namespace Debate.Core.Play;

/// <summary>
/// The arithmetic of the floor at array speed, on the engine's form of a match: every argument's
/// strength, the grounded labels, and the weight of each side's standing arguments with each bloc.
/// The public <see cref="Play.Strengths"/>, <see cref="FloorLabels"/> and audience model are built on it,
/// with the same sums in the same order, so every figure is the same to the last bit.
/// </summary>
internal static class FloorMath
{
    /// <summary>Writes the strength of every argument (by position) into <paramref name="result"/>.</summary>
    public static void Strengths(Match match, Span<int> result) =>
        Strengths(match.Compiled, match.Events.Effects(match.Compiled), match.FloorEntries, result);

    /// <summary>The strengths of <paramref name="floor"/> under <paramref name="effects"/>: a floor that need not be a match's yet (a move weighed before it is made).</summary>
    // Optimised at its first call, not tiered: see SpeechEnd.Apply.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Strengths(CompiledScenario c, EventEffects effects, ReadOnlySpan<FloorEntry> floor, Span<int> result)
    {
        result = result[..floor.Length];
        for (var i = 0; i < floor.Length; i++)
        {
            result[i] = OwnStrength(c, effects, floor[i]);
        }

        for (var i = 0; i < floor.Length; i++)
        {
            var e = floor[i];
            if (e.Kind == CardKind.Evidence && e.Target != 0)
            {
                result[e.Target - 1] += result[i];
            }
        }
    }

    /// <summary>An argument's strength before the evidence that supports it: its card's, a direct answer's bonus, the events' bonus; at least 1.</summary>
    /// <remarks>The events' bonus is read by the card's class (<see cref="EventEffects.ClassBonus"/>), the small table the lean keeps in the cache; <see cref="Play.Strengths.Own"/> reads it by the card, so the tests that hold the lean to the audience model also check the classes.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int OwnStrength(CompiledScenario c, EventEffects effects, FloorEntry e) =>
        Math.Max(1, c.Strength[e.Card] + (e.Direct ? Targeting.DirectAnswerBonus : 0) + effects.ClassBonus(c.EffectClass[e.Card], e.Side));

    /// <summary>
    /// Labels the floor by the grounded extension of its defeats (a rebuttal defeats its target when at
    /// least as strong). An argument can only answer one made before it, so every defeat runs from a later
    /// argument to an earlier one: walking the floor backwards, each argument's defeaters are labelled before
    /// it is, and one pass settles it (standing unless a standing argument defeats it; nothing is left
    /// undecided, as the grounded extension of a graph without cycles leaves nothing). A floor set from
    /// outside whose rebuttal answers a later argument goes to the general work list.
    /// </summary>
    // Optimised at its first call, not tiered: see SpeechEnd.Apply.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Labels(ReadOnlySpan<FloorEntry> floor, ReadOnlySpan<int> strengths, Span<Label> labels)
    {
        var n = floor.Length;
        labels = labels[..n];
        strengths = strengths[..n];
        labels.Clear(); // Label.Standing is 0: every argument standing until a standing one defeats it.
        for (var i = n - 1; i >= 0; i--)
        {
            var e = floor[i];
            if (e.Kind != CardKind.Rebuttal || e.Target < 1)
            {
                continue;
            }

            var t = e.Target - 1;
            if (t >= i)
            {
                GroundedLabels(floor, strengths, labels);
                return;
            }

            if (labels[i] == Label.Standing && strengths[i] >= strengths[t])
            {
                labels[t] = Label.Defeated;
            }
        }
    }

    /// <summary>The grounded labels by the work list, for any floor. Each argument attacks at most one other, so the list follows single links.</summary>
    [SkipLocalsInit] // Each buffer is written before it is read (remaining is cleared on purpose).
    private static void GroundedLabels(ReadOnlySpan<FloorEntry> floor, ReadOnlySpan<int> strengths, Span<Label> labels)
    {
        var n = floor.Length;
        Span<int> defeats = n <= 128 ? stackalloc int[n] : new int[n];
        Span<int> remaining = n <= 128 ? stackalloc int[n] : new int[n];
        Span<int> queue = n <= 128 ? stackalloc int[n] : new int[n];
        remaining.Clear();
        for (var i = 0; i < n; i++)
        {
            var e = floor[i];
            var t = e.Kind == CardKind.Rebuttal && e.Target >= 1 ? e.Target - 1 : -1;
            defeats[i] = t >= 0 && strengths[i] >= strengths[t] ? t : -1;
            if (defeats[i] >= 0)
            {
                remaining[t]++;
            }
        }

        labels[..n].Fill(Label.Undecided);
        int head = 0, tail = 0;
        for (var i = 0; i < n; i++)
        {
            if (remaining[i] == 0)
            {
                queue[tail++] = i;
            }
        }

        while (head < tail)
        {
            var node = queue[head++];
            if (labels[node] != Label.Undecided)
            {
                continue;
            }

            labels[node] = Label.Standing;
            var target = defeats[node];
            if (target < 0 || labels[target] != Label.Undecided)
            {
                continue;
            }

            labels[target] = Label.Defeated;
            var freed = defeats[target];
            if (freed >= 0 && labels[freed] == Label.Undecided && --remaining[freed] == 0)
            {
                queue[tail++] = freed;
            }
        }
    }

    /// <summary>Adds the weight of each side's standing claims and rebuttals with every bloc (floor order, as the model sums).</summary>
    public static void Pressures(Match match, ReadOnlySpan<int> strengths, ReadOnlySpan<Label> labels, Span<double> alliance, Span<double> partnership) =>
        Pressures(match.Compiled, match.Events.Effects(match.Compiled), match.FloorEntries, strengths, labels, alliance, partnership);

    /// <summary>As <see cref="Pressures(Match, ReadOnlySpan{int}, ReadOnlySpan{Label}, Span{double}, Span{double})"/>, for any floor under <paramref name="effects"/>.</summary>
    /// <remarks>
    /// A plain loop: each bloc's sum takes its products in floor order. Sums in vector lanes (two 256-bit vectors a
    /// side) gave the same bits but took more than twice as long on this project's machine (issue 12, session 7), so
    /// they were taken out.
    /// </remarks>
    // Optimised at its first call, not tiered: see SpeechEnd.Apply.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Pressures(
        CompiledScenario c, EventEffects effects, ReadOnlySpan<FloorEntry> floor, ReadOnlySpan<int> strengths, ReadOnlySpan<Label> labels, Span<double> alliance, Span<double> partnership)
    {
        var blocs = c.BlocCount;
        // Each card's weights by its class (EventEffects.ClassWeight): the same numbers as CardWeight's row of the card.
        var weights = effects.ClassWeight;
        var classOf = c.EffectClass;
        alliance = alliance[..blocs];
        partnership = partnership[..blocs];
        alliance.Clear();
        partnership.Clear();
        for (var i = 0; i < floor.Length; i++)
        {
            var e = floor[i];
            if (!e.IsContestable || labels[i] != Label.Standing)
            {
                continue;
            }

            var side = e.Side == Side.Alliance ? alliance : partnership;
            var row = weights.AsSpan(classOf[e.Card] * blocs, blocs);
            var strength = (double)strengths[i];
            for (var b = 0; b < row.Length; b++)
            {
                side[b] += strength * row[b];
            }
        }
    }

    /// <summary>The audience after the room leans by the floor as it stands: for, against, undecided per bloc.</summary>
    [SkipLocalsInit] // Strengths and Labels write every entry they read back; Pressures writes every sum.
    // Optimised at its first call, not tiered: see SpeechEnd.Apply.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Lean(Match match, Span<double> votes)
    {
        var c = match.Compiled;
        var effects = match.Events.Effects(c);
        var floor = match.FloorEntries;
        var n = floor.Length;
        var blocs = c.BlocCount;
        Span<int> strengths = n <= 128 ? stackalloc int[n] : new int[n];
        Span<Label> labels = n <= 128 ? stackalloc Label[n] : new Label[n];
        Span<double> alliance = stackalloc double[blocs];
        Span<double> partnership = stackalloc double[blocs];
        Strengths(c, effects, floor, strengths);
        Labels(floor, strengths, labels);
        Pressures(c, effects, floor, strengths, labels, alliance, partnership);
        var now = match.AudienceValues;
        for (var b = 0; b < blocs; b++)
        {
            Audience.AudienceModel.Pull(now[b * 3], now[(b * 3) + 1], now[(b * 3) + 2], alliance[b] - partnership[b], votes.Slice(b * 3, 3));
        }
    }
}
