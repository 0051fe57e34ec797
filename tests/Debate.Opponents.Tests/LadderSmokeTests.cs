using Debate.Core.Content;
using Debate.Opponents.Tests.Builders;
using NUnit.Framework;

namespace Debate.Opponents.Tests;

/// <summary>
/// A short version of the ladder (the full one is `debate tournament`): each level beats the one
/// below it in most of a few dozen seeded games with sides swapped.
/// </summary>
public sealed class LadderSmokeTests
{
    // Games 1..40 dealt from seed 100 + game; the stronger level sits on Alliance in odd games.
    [TestCase("debater", "novice", 40)]
    [TestCase("champion", "debater", 24)]
    public void Ladder_StrongerLevel_WinsMostGames(string stronger, string weaker, int games)
    {
        var scenario = SampleScenario.Build();
        var wins = 0;
        for (var game = 1; game <= games; game++)
        {
            var seed = 100 + (ulong)game;
            var strongOnAlliance = game % 2 == 1;
            var strong = Games.Create(stronger, scenario, seed);
            var weak = Games.Create(weaker, scenario, seed + 1);
            var (_, final) = strongOnAlliance ? Games.Play(scenario, strong, weak, seed) : Games.Play(scenario, weak, strong, seed);
            var winner = Games.Winner(final);
            if (winner == (strongOnAlliance ? Side.Alliance : Side.Partnership))
            {
                wins++;
            }
        }

        Assert.That(wins, Is.GreaterThan(games / 2), $"{stronger} won {wins} of {games} against {weaker}");
    }
}
