using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Opponents.Tests.Builders;
using Debate.Scenarios;

namespace Debate.Opponents.Tests.Equivalence;

/// <summary>
/// The 10,000 matches of the result-equivalence fixture: 4,000 on each scenario file in
/// <c>scenarios/</c> (as built in) and 2,000 on the test sample scenario, with levels and personas
/// mixed, one to three seats a side (roles dealt), and a few hundred champion games at a small
/// iteration cap. A group is one line-up over consecutive deal seeds from 1.
/// </summary>
public static class EquivalenceMatches
{
    /// <summary>A line-up played over <paramref name="Count"/> deals: "novice v debater", "novice+debater v hawk".</summary>
    public sealed record Group(string Scenario, string Lineup, int Count)
    {
        public string Name => $"{Scenario} | {Lineup}";
    }

    public static ImmutableArray<(Group Group, Scenario Scenario)> Groups()
    {
        var groups = ImmutableArray.CreateBuilder<(Group, Scenario)>();
        foreach (var name in BuiltInScenarios.Names)
        {
            var scenario = BuiltInScenarios.Load(name);
            var personas = scenario.Personas.Select(p => p.Id).ToArray();
            Add(groups, scenario, name, personas.Length == 0 ? FileMix("debater+debater", "debater+novice+novice", "debater+novice v debater+debater")
                : FileMix(personas[0], personas[^1], $"{personas[0]}+novice v debater+{personas[^1]}"));
        }

        var sample = SampleScenario.Build(personas: [SamplePersonas.Hawk, SamplePersonas.Trader]);
        Add(groups, sample, "sample", SampleMix);
        Add(groups, SampleScenario.Build(handSize: 3), "sample (hands of 3)", [("novice v novice", 100)]);
        return groups.ToImmutable();
    }

    /// <summary>Every match of every group, in file order.</summary>
    public static IEnumerable<EquivalenceMatch> All() =>
        Groups().SelectMany(g => Enumerable.Range(1, g.Group.Count).Select(i => new EquivalenceMatch(g.Group.Name, g.Scenario, Seats(g.Group.Lineup), (ulong)i)));

    /// <summary>The seats of a line-up: "a+b v c" is two Alliance seats (a, b) against one Partnership seat (c).</summary>
    public static ImmutableArray<SeatSpec> Seats(string lineup)
    {
        var sides = lineup.Split(" v ");
        var seats = ImmutableArray.CreateBuilder<SeatSpec>();
        foreach (var (text, side) in new[] { (sides[0], Side.Alliance), (sides[1], Side.Partnership) })
        {
            var controllers = text.Split('+');
            for (var i = 0; i < controllers.Length; i++)
            {
                seats.Add(new SeatSpec($"{side} {i + 1}", side, controllers[i]));
            }
        }

        return seats.ToImmutable();
    }

    // 4,000 a scenario file; p and q are the file's first and last persona (a file without personas
    // gets line-ups of several debaters instead); mixed is a line-up with a persona in a two-seat side.
    private static (string Lineup, int Count)[] FileMix(string p, string q, string mixed) =>
    [
        ("novice v novice", 1200),
        ("debater v novice", 400),
        ("novice v debater", 400),
        ("debater v debater", 600),
        ($"{p} v debater", 150),
        ($"debater v {q}", 150),
        ($"novice v {p}", 150),
        ($"{q} v novice", 150),
        ("novice+debater v novice", 150),
        ("debater v novice+novice+debater", 120),
        ("novice+novice+novice v debater+novice", 110),
        (mixed, 120),
        ("debater+novice v novice+debater", 180),
        ("champion v debater", 60),
        ("debater v champion", 60),
    ];

    private static readonly (string Lineup, int Count)[] SampleMix =
    [
        ("novice v novice", 540),
        ("debater v novice", 200),
        ("novice v debater", 200),
        ("debater v debater", 300),
        ("hawk v trader", 100),
        ("trader v debater", 100),
        ("novice v hawk", 100),
        ("novice+debater v hawk", 80),
        ("debater v novice+trader+novice", 80),
        ("novice+novice v debater+novice", 80),
        ("champion v debater", 30),
        ("debater v champion", 30),
        ("champion v novice", 30),
        ("hawk v champion", 30),
    ];

    private static void Add(ImmutableArray<(Group, Scenario)>.Builder groups, Scenario scenario, string name, (string Lineup, int Count)[] mix)
    {
        foreach (var (lineup, count) in mix)
        {
            groups.Add((new Group(name, lineup, count), scenario));
        }
    }
}
