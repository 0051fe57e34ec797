using Debate.Core.Play;
using Debate.Opponents.Tests.Builders;
using NUnit.Framework;

namespace Debate.Opponents.Tests;

/// <summary>An opponent sees only its seat's view: worlds that differ in hidden cards alone get the same choices.</summary>
public sealed class FairnessTests
{
    // Games dealt from seeds 11 to 16; at every move the twin reshuffles the hidden cards with seed 1000 * game + move.
    [TestCase("novice")]
    [TestCase("debater")]
    [TestCase("champion")]
    [TestCase("hawk")]
    [TestCase("trader")]
    public void Choose_MatchesDifferingOnlyInHiddenCards_GiveTheSameChoice(string level)
    {
        var scenario = SampleScenario.Build(personas: [SamplePersonas.Hawk, SamplePersonas.Trader]);
        var compared = 0;
        for (ulong game = 11; game <= 16; game++)
        {
            var match = MatchSetup.Start(scenario, Situation.TwoSeats, game);
            while (!match.IsOver)
            {
                var seat = match.Speaker;
                var twin = HiddenTwin.Of(match, seat, (1000 * game) + (ulong)match.MoveCount);
                var here = Games.Create(level, scenario, 7).Choose(PlayerView.Of(match, seat), Rules.LegalMoves(match));
                var there = Games.Create(level, scenario, 7).Choose(PlayerView.Of(twin, seat), Rules.LegalMoves(twin));
                if (HiddenTwin.DiffersInHidden(match, twin, seat))
                {
                    compared++;
                    Assert.That(there, Is.EqualTo(here), $"{level}, game {game}, move {match.MoveCount}");
                }

                match = Rules.Apply(match, here.Move).Match;
            }
        }

        Assert.That(compared, Is.GreaterThan(50), "the twins must really differ in hidden cards");
    }
}
