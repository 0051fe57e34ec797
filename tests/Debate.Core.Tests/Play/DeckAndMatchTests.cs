using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Play;

public sealed class DeckAndMatchTests
{
    private static readonly Deck Three = new([new CardId("a"), new CardId("b"), new CardId("c")], 0);

    [Test]
    public void Draw_TakesFromTheTopAndCountsWhatWasDrawn()
    {
        var (deck, cards) = Three.Draw(2);

        Assert.Multiple(() =>
        {
            Assert.That(cards.Select(c => c.Value), Is.EqualTo(new[] { "a", "b" }));
            Assert.That(deck.Drawn, Is.EqualTo(2));
            Assert.That(deck.Left, Is.EqualTo(1));
            Assert.That(Three.Drawn, Is.Zero);
        });
    }

    [Test]
    public void Draw_MoreThanIsLeft_GivesWhatIsLeft()
    {
        var (deck, cards) = Three.Draw(1).Deck.Draw(5);

        Assert.Multiple(() =>
        {
            Assert.That(cards.Select(c => c.Value), Is.EqualTo(new[] { "b", "c" }));
            Assert.That(deck.Left, Is.Zero);
        });
    }

    [TestCase(0)]
    [TestCase(-2)]
    public void Draw_NothingOrLess_GivesNothingAndTheSameDeck(int count)
    {
        var (deck, cards) = Three.Draw(count);

        Assert.Multiple(() =>
        {
            Assert.That(cards, Is.Empty);
            Assert.That(deck, Is.SameAs(Three));
        });
    }

    [TestCase(0)]
    [TestCase(3)]
    [TestCase(-1)]
    public void ArgumentById_OutsideTheFloor_IsNull(int id)
    {
        var match = new MatchBuilder().WithArgument("A1").WithArgument("P1").Build();

        Assert.That(match.ArgumentById(id), Is.Null);
    }

    [Test]
    public void ArgumentById_IsThePositionPlusOne()
    {
        var match = new MatchBuilder().WithArgument("A1").WithArgument("P1").Build();

        Assert.That(match.ArgumentById(2)!.Card, Is.EqualTo(new CardId("P1")));
    }

    [TestCase("human", true)]
    [TestCase("Human", true)]
    [TestCase("novice", false)]
    public void IsHuman_ReadsTheController(string controller, bool expected)
    {
        Assert.That(new Seat(0, "Ana", Side.Alliance, controller, null).IsHuman, Is.EqualTo(expected));
    }

    [Test]
    public void DeckOf_GivesEachSidesPile()
    {
        var match = new MatchBuilder().Build();

        Assert.Multiple(() =>
        {
            Assert.That(match.DeckOf(Side.Alliance), Is.EqualTo(match.AllianceDeck));
            Assert.That(match.DeckOf(Side.Partnership), Is.EqualTo(match.PartnershipDeck));
        });
    }
}
