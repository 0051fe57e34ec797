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
    public void Findings_WhenNoCardStandsOut_NeverPrintAnEmptyList()
    {
        // A side that wins every game: every card's impact is 0, so none is "decisive" (the template once printed "decisive cards , or").
        var findings = BalanceFindings.Of([Mirror(averageCards: 14, allianceWins: 100)], cardsDealt: 32);

        var advice = findings.Single(f => f.StartsWith("Alliance wins", StringComparison.Ordinal));
        Assert.That(advice, Does.Contain("weakening Alliance's side as a whole").And.Contain("giving Partnership claims and rebuttals it can play"));
        Assert.That(advice, Does.Not.Match(@"cards\s*,|least useful\s*\(|\s,"));
    }

    [Test]
    public void Findings_WhenCardsStandOut_NameThem()
    {
        var cards = ImmutableArray.Create(
            new CardImpact("A07", "tag", CardKind.Claim, Side.Alliance, 100, 40, 0.4, 0.9, 0.6),
            new CardImpact("P03", "tag", CardKind.Rebuttal, Side.Partnership, 100, 5, 0.05, 0.2, 0.3));

        var findings = BalanceFindings.Of([Mirror(averageCards: 14, allianceWins: 71, cards: cards)], cardsDealt: 32);

        Assert.That(findings, Has.Some.Contains("decisive cards A07 (+30 pts when played, in 40% of games)").And.Some.Contains("least useful P03 (5.0% of games)"));
    }

    [Test]
    public void CardsDealt_OnTheBuiltInScenario_CountsBothHandsAndEveryDraw()
    {
        // Hands of 8 and draws of 3, 3 and 2 for each side: 2 x (8 + 8).
        Assert.That(BalanceReport.CardsDealt(BuiltInScenarios.Default), Is.EqualTo(32));
    }

    private static PairingBalance Mirror(double averageCards, int allianceWins = 50, ImmutableArray<CardImpact> cards = default)
    {
        const int games = 100;
        var result = new PairingResult(
            "debater", "debater", Mirror: true, games,
            Rate.Of(allianceWins, games), Rate.Of(games - allianceWins, games), Rate.Of(50, games), Rate.Of(50, games),
            DeadHeats: 0, Side.Alliance, Rate.Of(allianceWins, games), AverageMoves: 22, averageCards, ChoiceRate: 0.6);
        var swing = new SwingSummary(0, 0, -40, 40, 25, []);
        return new PairingBalance(result, swing, cards.IsDefault ? [] : cards, []);
    }
}
