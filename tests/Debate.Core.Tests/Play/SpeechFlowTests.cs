using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Play;

public sealed class SpeechFlowTests
{
    private static IEnumerable<(Match Match, ApplyResult Result)> EndEverySpeech(Match match)
    {
        while (!match.IsOver)
        {
            var result = Rules.Apply(match, Move.End(match.Speaker));
            Assert.That(result.Accepted, Is.True, result.Rejection?.Reason);
            yield return (match, result);
            match = result.Match;
        }
    }

    [Test]
    public void Start_DealsAHandToEverySeat_AndTheFirstSpeakerDrawsForTheOpeningSpeech()
    {
        var match = MatchSetup.Start(SampleScenario.Build(), Playout.TwoSeats, 3);

        Assert.Multiple(() =>
        {
            Assert.That(match.Hands[0], Has.Length.EqualTo(6));
            Assert.That(match.Hands[1], Has.Length.EqualTo(5));
            Assert.That(match.AllianceDeck.Drawn, Is.EqualTo(6));
            Assert.That(match.PartnershipDeck.Drawn, Is.EqualTo(5));
            Assert.That(match.Hands[0], Is.EqualTo(match.AllianceDeck.Order.Take(6)));
            Assert.That(match.Hands[1], Is.EqualTo(match.PartnershipDeck.Order.Take(5)));
        });
    }

    [Test]
    public void Start_OpensTheFirstSpeechWithItsBudgetAndTheBlocsOwnVote()
    {
        var scenario = SampleScenario.Build();

        var match = MatchSetup.Start(scenario, Playout.TwoSeats, 3);

        Assert.Multiple(() =>
        {
            Assert.That(match.SpeechIndex, Is.Zero);
            Assert.That(match.Speaker, Is.Zero);
            Assert.That(match.TimeLeft, Is.EqualTo(3));
            Assert.That(match.MoveCount, Is.Zero);
            Assert.That(match.Floor, Is.Empty);
            Assert.That(match.EventsInPlay, Is.Empty);
            Assert.That(match.Audience, Is.EqualTo(scenario.Blocs.Select(b => b.Opening)));
            Assert.That(match.AudienceAfterSpeech, Is.Empty);
        });
    }

    [Test]
    public void EndSpeech_TheNextSpeakerDrawsFromTheirSidesDeck()
    {
        var match = MatchSetup.Start(SampleScenario.Build(), Playout.TwoSeats, 3);

        var next = Rules.Apply(match, Move.End(0)).Match;

        Assert.Multiple(() =>
        {
            Assert.That(next.Hands[1], Is.EqualTo(match.PartnershipDeck.Order.Take(6)));
            Assert.That(next.PartnershipDeck.Drawn, Is.EqualTo(6));
            Assert.That(next.AllianceDeck, Is.EqualTo(match.AllianceDeck));
        });
    }

    [Test]
    public void EndSpeech_WithAnEmptyDeck_DrawsNothingAndSaysNothingOfIt()
    {
        // Eight cards a side (six own, two Either): a hand of eight empties the deck at the deal.
        var match = MatchSetup.Start(new ScenarioBuilder().WithHandSize(8).Build(), Playout.TwoSeats, 3);

        var result = Rules.Apply(match, Move.End(0));

        Assert.Multiple(() =>
        {
            Assert.That(result.Match.Hands[1], Has.Length.EqualTo(8));
            Assert.That(result.Happenings.Select(h => h.Kind), Does.Not.Contain(HappeningKind.CardsDrawn));
        });
    }

    [Test]
    public void Speeches_RevealAnEventBeforeEachRebuttalRoundOnly()
    {
        var start = MatchSetup.Start(SampleScenario.Build(), Playout.TwoSeats, 5);

        var steps = EndEverySpeech(start).ToList();

        Assert.Multiple(() =>
        {
            var revealedEntering = steps.Select(s => s.Result.Happenings.Any(h => h.Kind == HappeningKind.EventRevealed)).ToList();
            Assert.That(revealedEntering, Is.EqualTo(new[] { false, true, false, true, false, false, false, false }));
            Assert.That(steps.Select(s => s.Result.Match.EventsInPlay.Length), Is.EqualTo(new[] { 0, 1, 1, 2, 2, 2, 2, 2 }));
            Assert.That(steps[^1].Result.Match.EventsInPlay, Is.EqualTo(start.EventDeck.Order));
        });
    }

    [Test]
    public void EventReveal_ComesBetweenTheEndOfOneRoundAndTheNextSpeakersDraw()
    {
        var start = MatchSetup.Start(SampleScenario.Build(), Playout.TwoSeats, 5);
        var afterOpening = Rules.Apply(start, Move.End(0)).Match;

        var result = Rules.Apply(afterOpening, Move.End(1));

        var first = start.EventDeck.Order[0];
        Assert.Multiple(() =>
        {
            Assert.That(result.Happenings.Select(h => h.Kind), Is.EqualTo(new[]
            {
                HappeningKind.SpeechEnded, HappeningKind.AudienceLeaned, HappeningKind.EventRevealed,
                HappeningKind.CardsDrawn, HappeningKind.SpeechBegan,
            }));
            Assert.That(result.Happenings[2].Text, Is.EqualTo($"News: News {first}"));
            Assert.That(result.Match.EventsInPlay, Is.EqualTo(new[] { first }));
            Assert.That(result.Match.EventDeck.Left, Is.EqualTo(1));
        });
    }

    [Test]
    public void EventReveal_WithAnEmptyWorldDeck_IsSkipped()
    {
        var start = MatchSetup.Start(new ScenarioBuilder().WithoutEvents().Build(), Playout.TwoSeats, 5);

        var steps = EndEverySpeech(start).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(steps.SelectMany(s => s.Result.Happenings).Select(h => h.Kind), Does.Not.Contain(HappeningKind.EventRevealed));
            Assert.That(steps[^1].Result.Match.IsOver, Is.True);
        });
    }

    [Test]
    public void Scenario_WithThreeRebuttalRounds_RevealsAnEventBeforeEachRoundAndEndsAfterTenSpeeches()
    {
        var rebuttal = SampleScenario.DefaultPhases[1] with { Rounds = 3 };
        var scenario = new ScenarioBuilder()
            .WithPhases(SampleScenario.DefaultPhases[0], rebuttal, SampleScenario.DefaultPhases[2])
            .WithCard(ScenarioBuilder.Event("E3", new EventEffect(EffectKind.ThemeWeight, "history", 1)))
            .Build();
        var start = MatchSetup.Start(scenario, Playout.TwoSeats, 9);

        var steps = EndEverySpeech(start).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(steps, Has.Count.EqualTo(10));
            Assert.That(scenario.Speeches.Select(s => s.Title), Is.EqualTo(new[]
            {
                "Opening · Alliance", "Opening · Partnership",
                "Rebuttal 1 · Alliance", "Rebuttal 1 · Partnership", "Rebuttal 2 · Alliance", "Rebuttal 2 · Partnership",
                "Rebuttal 3 · Alliance", "Rebuttal 3 · Partnership", "Closing · Partnership", "Closing · Alliance",
            }));
            Assert.That(scenario.Speeches.Where(s => s.RevealsEvent).Select(s => s.Index), Is.EqualTo(new[] { 2, 4, 6 }));
            Assert.That(steps.Select(s => s.Result.Match.EventsInPlay.Length), Is.EqualTo(new[] { 0, 1, 1, 2, 2, 3, 3, 3, 3, 3 }));
            Assert.That(steps[^1].Result.Match.IsOver, Is.True);
            Assert.That(steps[^1].Result.Match.AudienceAfterSpeech, Has.Length.EqualTo(10));
        });
    }

    [Test]
    public void Speakers_RotateAmongTheSeatsOfEachSide()
    {
        // Alliance seats 0 Ana and 2 Cy; Partnership seats 1 Bo, 3 Di and 4 Ed. Sides speak A P A P A P P A.
        var start = MatchSetup.Start(SampleScenario.Build(handSize: 2), Playout.FiveSeats, 4);

        var speakers = EndEverySpeech(start).Select(s => s.Match.Speaker).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(start.SpeakerBySpeech, Is.EqualTo(new[] { 0, 1, 2, 3, 0, 4, 1, 2 }));
            Assert.That(speakers, Is.EqualTo(new[] { 0, 1, 2, 3, 0, 4, 1, 2 }));
        });
    }

    [Test]
    public void Speakers_ATeammateWithoutTheFloor_IsRefused()
    {
        var start = MatchSetup.Start(SampleScenario.Build(handSize: 2), Playout.FiveSeats, 4);
        var inSpeech2 = EndEverySpeech(start).Skip(1).First().Result.Match;

        Expect.Rejected(inSpeech2, Move.End(0), RejectionCode.NotYourSpeech, "It is Cy's speech (Rebuttal 1 · Alliance).");
    }

    [Test]
    public void Start_WithSeveralSeatsASide_DealsEverySeatItsHandFromItsSidesDeck()
    {
        var match = MatchSetup.Start(SampleScenario.Build(handSize: 2), Playout.FiveSeats, 4);

        Assert.Multiple(() =>
        {
            Assert.That(match.Hands.Select(h => h.Length), Is.EqualTo(new[] { 3, 2, 2, 2, 2 }));
            Assert.That(match.AllianceDeck.Left, Is.EqualTo(3));
            Assert.That(match.PartnershipDeck.Left, Is.EqualTo(2));
            Assert.That(match.Hands[0].Concat(match.Hands[2]), Is.EquivalentTo(match.AllianceDeck.Order.Take(5)));
            Assert.That(match.Hands[1].Concat(match.Hands[3]).Concat(match.Hands[4]), Is.EquivalentTo(match.PartnershipDeck.Order.Take(6)));
        });
    }

    [Test]
    public void Speakers_WhoseSideRunsOutOfCards_AreDealtWhatIsLeft()
    {
        // Three Partnership seats with hands of five share a deck of eight.
        var match = MatchSetup.Start(SampleScenario.Build(), Playout.FiveSeats, 4);

        Assert.Multiple(() =>
        {
            Assert.That(match.Hands[1].Length + match.Hands[3].Length + match.Hands[4].Length, Is.EqualTo(8));
            Assert.That(match.PartnershipDeck.Left, Is.Zero);
        });
    }

    [Test]
    public void EveryDeck_HoldsItsSidesCardsAndTheEitherCards()
    {
        var scenario = SampleScenario.Build();

        var match = MatchSetup.Start(scenario, Playout.TwoSeats, 11);

        Assert.Multiple(() =>
        {
            Assert.That(match.AllianceDeck.Order.Select(c => c.Value), Is.EquivalentTo(new[] { "A1", "A2", "A3", "A4", "A5", "A6", "X1", "X2" }));
            Assert.That(match.PartnershipDeck.Order.Select(c => c.Value), Is.EquivalentTo(new[] { "P1", "P2", "P3", "P4", "P5", "P6", "X1", "X2" }));
            Assert.That(match.EventDeck.Order.Select(c => c.Value), Is.EquivalentTo(new[] { "E1", "E2" }));
        });
    }
}
