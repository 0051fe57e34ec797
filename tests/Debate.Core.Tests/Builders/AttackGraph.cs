using System.Collections.Immutable;
using Debate.Core.Adjudication;
using FsCheck;
using FsCheck.Fluent;

namespace Debate.Core.Tests.Builders;

/// <summary>A random attack graph for property tests: self-attacks, cycles, duplicate and failed attacks included.</summary>
public sealed record AttackGraph(int Nodes, ImmutableArray<Defeat> Attacks)
{
    public override string ToString() =>
        $"{Nodes} nodes: " + string.Join(" ", Attacks.Select(a => $"{a.Attacker}{(a.Succeeds ? "->" : "-x")}{a.Target}"));

    /// <summary>Who defeats each node (successful attacks only).</summary>
    public List<int>[] Defeaters()
    {
        var result = Enumerable.Range(0, Nodes).Select(_ => new List<int>()).ToArray();
        foreach (var a in Attacks.Where(a => a.Succeeds))
        {
            result[a.Target].Add(a.Attacker);
        }

        return result;
    }
}

/// <summary>FsCheck generators of <see cref="AttackGraph"/>, shrinking by dropping attacks.</summary>
public static class GraphArbitraries
{
    public static Arbitrary<AttackGraph> Graphs()
    {
        var graphs = Gen.Choose(1, 14).SelectMany(n =>
            Gen.ListOf(Gen.Zip(Gen.Zip(Gen.Choose(0, n - 1), Gen.Choose(0, n - 1)), Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))))
                .Select(edges => new AttackGraph(n, [.. edges.Select(e => new Defeat(e.Item1.Item1, e.Item1.Item2, e.Item2))])));
        return Arb.From(graphs, g => Enumerable.Range(0, g.Attacks.Length).Select(i => g with { Attacks = g.Attacks.RemoveAt(i) }));
    }
}
