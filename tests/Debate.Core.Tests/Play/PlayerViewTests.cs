using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Play;

public sealed class PlayerViewTests
{
    private static Match WithRoles() => new MatchBuilder()
        .WithSeats(new("Ana", Side.Alliance, RoleId: "hawk"), new("Bo", Side.Partnership, RoleId: "dove"))
        .WithArgument("A1")
        .Build();

    [Test]
    public void Of_ShowsTheSeatsOwnHandAndOnlyTheCountsOfTheOthers()
    {
        var match = WithRoles();

        var view = PlayerView.Of(match, 1);

        Assert.Multiple(() =>
        {
            Assert.That(view.Hand, Is.EqualTo(match.Hands[1]));
            Assert.That(view.HandCounts, Is.EqualTo(new[] { match.Hands[0].Length, match.Hands[1].Length }));
            Assert.That(view.AllianceDeckLeft, Is.EqualTo(match.AllianceDeck.Left));
            Assert.That(view.PartnershipDeckLeft, Is.EqualTo(match.PartnershipDeck.Left));
            Assert.That(view.EventDeckLeft, Is.EqualTo(match.EventDeck.Left));
            Assert.That(view.Floor, Is.EqualTo(match.Floor));
            Assert.That(view.Audience, Is.EqualTo(match.Audience));
            Assert.That(view.Side, Is.EqualTo(Side.Partnership));
        });
    }

    [Test]
    public void Of_ShowsTheSeatsOwnRoleAndOnlyTheTitlesOfTheOthers()
    {
        var match = WithRoles();

        var view = PlayerView.Of(match, 0);

        Assert.Multiple(() =>
        {
            Assert.That(view.Role!.Id, Is.EqualTo("hawk"));
            Assert.That(view.Seats[0].RoleId, Is.EqualTo("hawk"));
            Assert.That(view.Seats[1].RoleId, Is.Null);
            Assert.That(view.RoleTitles, Is.EqualTo(new[] { "Hawk", "Diplomat" }));
        });
    }

    [Test]
    public void Of_TwoMatchesDifferingOnlyInHiddenCards_GiveTheSameView()
    {
        var match = new MatchBuilder().WithSeed(3).Build();
        var deck = match.PartnershipDeck;
        var reordered = deck.Order.Reverse().ToArray();
        var other = match with
        {
            Hands = match.Hands.SetItem(1, [.. reordered.Take(deck.Drawn)]),
            PartnershipDeck = deck with { Order = [.. reordered] },
            EventDeck = match.EventDeck with { Order = [.. match.EventDeck.Order.Reverse()] },
        };
        Assume.That(other.Hands[1], Is.Not.EquivalentTo(match.Hands[1]));

        Same.Properties(PlayerView.Of(match, 0), PlayerView.Of(other, 0));
    }

    [Test]
    public void Of_TwoMatchesDifferingOnlyInAnotherSeatsSecretRole_GiveTheSameView()
    {
        var scenario = new ScenarioBuilder().WithRoles(
            ScenarioBuilder.Role("hawk", Side.Alliance, ObjectiveKind.SideWins),
            ScenarioBuilder.Role("dove", Side.Partnership, ObjectiveKind.SideWins),
            ScenarioBuilder.Role("dove", Side.Partnership, ObjectiveKind.SideWins) with { Id = "mole", Objective = new Objective(ObjectiveKind.RebuttalsLanded, null, 2, "Land two.") })
            .Build();
        var dove = new MatchBuilder().For(scenario).WithSeats(new("Ana", Side.Alliance, RoleId: "hawk"), new("Bo", Side.Partnership, RoleId: "dove")).Build();
        var mole = new MatchBuilder().For(scenario).WithSeats(new("Ana", Side.Alliance, RoleId: "hawk"), new("Bo", Side.Partnership, RoleId: "mole")).Build();

        Same.Properties(PlayerView.Of(dove, 0), PlayerView.Of(mole, 0));
    }

    [Test]
    public void Of_TheSameMatchFromTwoSeats_ShowsEachItsOwnHand()
    {
        var match = new MatchBuilder().Build();

        Assert.That(PlayerView.Of(match, 0).Hand, Is.Not.EqualTo(PlayerView.Of(match, 1).Hand));
    }
}
