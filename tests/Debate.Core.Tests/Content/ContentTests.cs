using Debate.Core.Content;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Content;

public sealed class ContentTests
{
    private static readonly Scenario Sample = SampleScenario.Build();

    [Test]
    public void Unroll_RepeatsEachPhasesSpeechesForItsRoundsAndMarksTheReveals()
    {
        var slots = SpeechOrder.Unroll(SampleScenario.DefaultPhases);

        Assert.Multiple(() =>
        {
            Assert.That(slots.Select(s => s.Index), Is.EqualTo(Enumerable.Range(0, 8)));
            Assert.That(slots.Select(s => (s.PhaseName, s.Round)), Is.EqualTo(new[]
            {
                ("Opening", 1), ("Opening", 1), ("Rebuttal", 1), ("Rebuttal", 1), ("Rebuttal", 2), ("Rebuttal", 2), ("Closing", 1), ("Closing", 1),
            }));
            Assert.That(slots.Select(s => s.RevealsEvent), Is.EqualTo(new[] { false, false, true, false, true, false, false, false }));
            Assert.That(slots.Select(s => s.Speech.Side), Is.EqualTo(new[]
            {
                Side.Alliance, Side.Partnership, Side.Alliance, Side.Partnership, Side.Alliance, Side.Partnership, Side.Partnership, Side.Alliance,
            }));
        });
    }

    [Test]
    public void Unroll_APhaseOfNoRounds_GivesNoSpeeches()
    {
        var slots = SpeechOrder.Unroll([SampleScenario.DefaultPhases[0] with { Rounds = 0 }, SampleScenario.DefaultPhases[2]]);

        Assert.That(slots.Select(s => s.PhaseName), Is.EqualTo(new[] { "Closing", "Closing" }));
    }

    [Test]
    public void Title_NamesTheRoundOnlyWhenThePhaseHasSeveral()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Sample.Speeches[0].Title, Is.EqualTo("Opening · Alliance"));
            Assert.That(Sample.Speeches[5].Title, Is.EqualTo("Rebuttal 2 · Partnership"));
        });
    }

    [TestCase(CardSide.Alliance, Side.Alliance, true)]
    [TestCase(CardSide.Alliance, Side.Partnership, false)]
    [TestCase(CardSide.Partnership, Side.Partnership, true)]
    [TestCase(CardSide.Partnership, Side.Alliance, false)]
    [TestCase(CardSide.Either, Side.Alliance, true)]
    [TestCase(CardSide.Either, Side.Partnership, true)]
    public void PlayableBy_AllowsOwnAndEitherCards(CardSide card, Side speaker, bool expected)
    {
        Assert.That(card.PlayableBy(speaker), Is.EqualTo(expected));
    }

    [Test]
    public void Opponent_IsTheOtherSide()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Side.Alliance.Opponent(), Is.EqualTo(Side.Partnership));
            Assert.That(Side.Partnership.Opponent(), Is.EqualTo(Side.Alliance));
        });
    }

    [Test]
    public void DeckOf_ASide_IsItsCardsAndTheEitherCardsWithoutEvents()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Sample.DeckOf(Side.Alliance).Select(c => c.Id.Value), Is.EquivalentTo(new[] { "A1", "A2", "A3", "A4", "A5", "A6", "X1", "X2" }));
            Assert.That(Sample.Events.Select(c => c.Id.Value), Is.EquivalentTo(new[] { "E1", "E2" }));
        });
    }

    [Test]
    public void TryGetCard_FindsOnlyTheScenariosCards()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Sample.TryGetCard(new CardId("A1"), out var card), Is.True);
            Assert.That(card.Tag, Is.EqualTo("Tag A1"));
            Assert.That(Sample.TryGetCard(new CardId("Z9"), out _), Is.False);
        });
    }

    [Test]
    public void SharesThemeWith_NeedsOneThemeInCommon()
    {
        var a1 = Sample.Card(new CardId("A1"));
        var both = a1 with { Themes = ["trade", "security"] };

        Assert.Multiple(() =>
        {
            Assert.That(a1.SharesThemeWith(Sample.Card(new CardId("P6"))), Is.True);
            Assert.That(a1.SharesThemeWith(Sample.Card(new CardId("P1"))), Is.False);
            Assert.That(both.SharesThemeWith(Sample.Card(new CardId("X1"))), Is.True);
        });
    }

    [Test]
    public void SmallValues_ReadAsTheyShould()
    {
        var motion = new Motion("m", "ally", "partner");
        var vote = new Vote(20, 40, 40);

        Assert.Multiple(() =>
        {
            Assert.That(motion.CaseOf(Side.Alliance), Is.EqualTo("ally"));
            Assert.That(motion.CaseOf(Side.Partnership), Is.EqualTo("partner"));
            Assert.That(vote.Of(Side.Alliance), Is.EqualTo(20));
            Assert.That(vote.Of(Side.Partnership), Is.EqualTo(40));
            Assert.That(new Citation("dai-2018", 7).ToString(), Is.EqualTo("dai-2018 ¶7"));
            Assert.That(new CardId("A7").ToString(), Is.EqualTo("A7"));
            Assert.That(Sample.Blocs[0].WeightOf("security"), Is.EqualTo(3));
            Assert.That(Sample.Blocs[0].WeightOf("trade"), Is.Zero);
            Assert.That(Sample.Speeches[6].Speech.Allows(CardKind.Claim), Is.False);
        });
    }
}
