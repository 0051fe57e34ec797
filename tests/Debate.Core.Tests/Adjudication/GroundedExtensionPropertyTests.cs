using Debate.Core.Adjudication;
using Debate.Core.Tests.Builders;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.NUnit;

namespace Debate.Core.Tests.Adjudication;

public sealed class GroundedExtensionPropertyTests
{
    private static Label[] Labels(AttackGraph g) => GroundedExtension.Compute(g.Nodes, g.Attacks);

    [Property(Arbitrary = [typeof(GraphArbitraries)], MaxTest = 400, Replay = PropertySeed.Replay)]
    public Property Extension_IsConflictFree(AttackGraph g)
    {
        var labels = Labels(g);

        return g.Attacks.Where(a => a.Succeeds)
            .All(a => !(labels[a.Attacker] == Label.Standing && labels[a.Target] == Label.Standing))
            .Label(g.ToString());
    }

    [Property(Arbitrary = [typeof(GraphArbitraries)], MaxTest = 400, Replay = PropertySeed.Replay)]
    public Property Extension_DefendsEveryStandingNode(AttackGraph g)
    {
        var labels = Labels(g);
        var defeaters = g.Defeaters();

        return Enumerable.Range(0, g.Nodes).Where(i => labels[i] == Label.Standing)
            .All(i => defeaters[i].All(d => labels[d] == Label.Defeated))
            .Label(g.ToString());
    }

    [Property(Arbitrary = [typeof(GraphArbitraries)], MaxTest = 400, Replay = PropertySeed.Replay)]
    public Property Extension_DefeatsOnlyWithAStandingDefeater(AttackGraph g)
    {
        var labels = Labels(g);
        var defeaters = g.Defeaters();

        return Enumerable.Range(0, g.Nodes).Where(i => labels[i] == Label.Defeated)
            .All(i => defeaters[i].Any(d => labels[d] == Label.Standing))
            .Label(g.ToString());
    }

    [Property(Arbitrary = [typeof(GraphArbitraries)], MaxTest = 400, Replay = PropertySeed.Replay)]
    public Property Extension_ContainsEveryNodeItDefends(AttackGraph g)
    {
        var labels = Labels(g);
        var defeaters = g.Defeaters();

        // A node all of whose defeaters are defeated by the extension is in the extension.
        return Enumerable.Range(0, g.Nodes).Where(i => defeaters[i].All(d => labels[d] == Label.Defeated))
            .All(i => labels[i] == Label.Standing)
            .Label(g.ToString());
    }

    [Property(Arbitrary = [typeof(GraphArbitraries)], MaxTest = 400, Replay = PropertySeed.Replay)]
    public Property Extension_IsTheLeastFixpointOfTheCharacteristicFunction(AttackGraph g)
    {
        var expected = LeastFixpoint(g);

        return Labels(g).SequenceEqual(expected).Label($"{g} expected {string.Join(",", expected)} got {string.Join(",", Labels(g))}");
    }

    [Property(Arbitrary = [typeof(GraphArbitraries)], MaxTest = 200, Replay = PropertySeed.Replay)]
    public Property Extension_IgnoresFailedAttacks(AttackGraph g)
    {
        var withoutFailures = g with { Attacks = [.. g.Attacks.Where(a => a.Succeeds)] };

        return Labels(g).SequenceEqual(Labels(withoutFailures)).Label(g.ToString());
    }

    [Property(Arbitrary = [typeof(GraphArbitraries)], MaxTest = 200, Replay = PropertySeed.Replay)]
    public Property Extension_DoesNotDependOnTheOrderOfTheAttacks(AttackGraph g)
    {
        var reversed = g with { Attacks = [.. g.Attacks.Reverse()] };

        return Labels(g).SequenceEqual(Labels(reversed)).Label(g.ToString());
    }

    /// <summary>
    /// Dung's characteristic function F(S) = { a | every defeater of a is defeated by S }, iterated
    /// from the empty set; written here independently of the engine's work-list.
    /// </summary>
    private static Label[] LeastFixpoint(AttackGraph g)
    {
        var defeaters = g.Defeaters();
        var inside = new HashSet<int>();
        while (true)
        {
            var outside = Enumerable.Range(0, g.Nodes).Where(i => defeaters[i].Any(inside.Contains)).ToHashSet();
            var next = Enumerable.Range(0, g.Nodes).Where(i => defeaters[i].All(outside.Contains)).ToHashSet();
            if (next.SetEquals(inside))
            {
                return [.. Enumerable.Range(0, g.Nodes).Select(i => inside.Contains(i) ? Label.Standing : outside.Contains(i) ? Label.Defeated : Label.Undecided)];
            }

            inside = next;
        }
    }
}
