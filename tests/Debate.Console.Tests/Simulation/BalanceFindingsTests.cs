using System.Collections.Immutable;
using Debate.Console.Simulation;
using Debate.Console.Simulation.Balance;
using Debate.Core.Content;
using Debate.Scenarios;
using NUnit.Framework;

namespace Debate.Console.Tests.Simulation;

/// <summary>The findings an author reads first, from hand-made tallies (no games played).</summary>
public sealed class BalanceFindingsTests
{
    [Test]
    public void Findings_WhenSpeakersPlayNearlyAllTheyGet_SayTheDealDecides()
    {
        // The built-in scenario's old format: 17.1 cards played of 20 dealt and drawn.
        var findings = BalanceFindings.Of([Mirror(averageCards: 17.1)], cardsDealt: 20);

        Assert.That(findings, Has.Some.Contains("plays 17.1 of the 20 cards").And.Some.Contains("more to say than time to say it"));
    }

    [Test]
    public void Findings_WhenSpeakersChooseWhatToLeaveOut_SayNothingOfTheFormat()
    {
        var findings = BalanceFindings.Of([Mirror(averageCards: 14.3)], cardsDealt: 32);

        Assert.That(findings, Has.None.Contains("more to say than time to say it"));
        Assert.That(findings, Has.Some.StartsWith("Balanced at debater level"));
    }

    [Test]
    public void Findings_WhenOneSideWinsTooOften_NameTheSideAndTheRate()
    {
        var findings = BalanceFindings.Of([Mirror(averageCards: 14, allianceWins: 71)], cardsDealt: 32);

        Assert.That(findings, Has.Some.StartsWith("Alliance wins 71.0%").And.Some.Contains("at debater level: consider weakening"));
    }

    [Test]
    public void CardsDealt_OnTheBuiltInScenario_CountsBothHandsAndEveryDraw()
    {
        // Hands of 8 and draws of 3, 3 and 2 for each side: 2 x (8 + 8).
        Assert.That(BalanceReport.CardsDealt(BuiltInScenarios.Default), Is.EqualTo(32));
    }

    private static PairingBalance Mirror(double averageCards, int allianceWins = 50)
    {
        const int games = 100;
        var result = new PairingResult(
            "debater", "debater", Mirror: true, games,
            Rate.Of(allianceWins, games), Rate.Of(games - allianceWins, games), Rate.Of(50, games), Rate.Of(50, games),
            DeadHeats: 0, Side.Alliance, Rate.Of(allianceWins, games), AverageMoves: 22, averageCards, ChoiceRate: 0.6);
        var swing = new SwingSummary(0, 0, -40, 40, 25, []);
        return new PairingBalance(result, swing, [], []);
    }
}
