using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Opponents.Tests.Builders;
using Debate.Scenarios;
using NUnit.Framework;

namespace Debate.Opponents.Tests;

/// <summary>Every level and the shipped personas play the built-in scenario fairly and to the end, saying why.</summary>
public sealed class BuiltInScenarioTests
{
    private static readonly Lazy<Scenario> Scenario = new(() => BuiltInScenarios.Default);

    [Test]
    public void BuiltIn_ShipsTheHawkAndTheDiplomat() =>
        Assert.That(OpponentFactory.Names(Scenario.Value), Is.SupersetOf(new[] { "novice", "debater", "champion", "hawk", "diplomat" }));

    // Deal seeds 41..43; the persona sits on either side in turn.
    [TestCase("hawk")]
    [TestCase("diplomat")]
    public void Persona_PlaysWholeGamesAndGivesItsRulesReasons(string persona)
    {
        var scenario = Scenario.Value;
        var name = scenario.Personas.Single(p => p.Id == persona).Name;
        var reasons = new List<string>();
        for (ulong seed = 41; seed <= 43; seed++)
        {
            var personaOnAlliance = seed % 2 == 1;
            var me = Games.Create(persona, scenario, seed);
            var other = Games.Create("debater", scenario, seed + 1);
            var (choices, final) = personaOnAlliance ? Games.Play(scenario, me, other, seed) : Games.Play(scenario, other, me, seed);
            Assert.That(final.IsOver, Is.True);
            reasons.AddRange(choices.Select(c => c.Reason ?? "").Where(r => r.StartsWith(name, StringComparison.Ordinal)));
        }

        Assert.That(reasons, Is.Not.Empty);
        Assert.That(reasons, Has.Some.Contains("(rule "), "at least one of its own rules must fire");
    }

    // Deal seed 51; twins reshuffle the hidden cards with seed 5100 + move.
    [TestCase("debater")]
    [TestCase("champion")]
    [TestCase("hawk")]
    [TestCase("diplomat")]
    public void Choose_OnTheBuiltInScenario_IgnoresHiddenCards(string level)
    {
        var scenario = Scenario.Value;
        var match = MatchSetup.Start(scenario, Situation.TwoSeats, 51);
        while (!match.IsOver)
        {
            var seat = match.Speaker;
            var twin = HiddenTwin.Of(match, seat, 5100 + (ulong)match.MoveCount);
            var here = Games.Create(level, scenario, 9, championIterations: 100).Choose(PlayerView.Of(match, seat), Rules.LegalMoves(match));
            var there = Games.Create(level, scenario, 9, championIterations: 100).Choose(PlayerView.Of(twin, seat), Rules.LegalMoves(twin));
            Assert.That(there, Is.EqualTo(here), $"move {match.MoveCount}");
            match = Rules.Apply(match, here.Move).Match;
        }
    }
}
