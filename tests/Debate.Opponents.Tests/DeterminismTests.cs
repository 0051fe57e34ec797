using Debate.Opponents.Tests.Builders;
using NUnit.Framework;

namespace Debate.Opponents.Tests;

/// <summary>The same seeds give the same game, move for move, at every level.</summary>
public sealed class DeterminismTests
{
    // Deal seeds 21 and 22; opponent seeds 5 (Alliance) and 6 (Partnership).
    [TestCase("novice", "debater")]
    [TestCase("debater", "champion")]
    [TestCase("champion", "hawk")]
    [TestCase("trader", "novice")]
    public void Play_SameSeeds_SameMovesAndReasons(string alliance, string partnership)
    {
        var scenario = SampleScenario.Build(personas: [SamplePersonas.Hawk, SamplePersonas.Trader]);
        foreach (var seed in new ulong[] { 21, 22 })
        {
            var first = Games.Play(scenario, Games.Create(alliance, scenario, 5), Games.Create(partnership, scenario, 6), seed);
            var second = Games.Play(scenario, Games.Create(alliance, scenario, 5), Games.Create(partnership, scenario, 6), seed);

            Assert.That(second.Choices, Is.EqualTo(first.Choices));
            Assert.That(second.Final.Floor, Is.EqualTo(first.Final.Floor));
        }
    }
}
