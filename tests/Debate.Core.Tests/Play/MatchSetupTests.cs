using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Play;

public sealed class MatchSetupTests
{
    private static readonly Scenario Sample = SampleScenario.Build();

    [Test]
    public void Problem_OneSeatASide_IsNone()
    {
        Assert.That(MatchSetup.Problem(Sample, Playout.TwoSeats), Is.Null);
    }

    [Test]
    public void Problem_ASideWithoutSeats_IsNamed()
    {
        var seats = new[] { new SeatSpec("Ana", Side.Alliance) };

        Assert.That(MatchSetup.Problem(Sample, seats), Is.EqualTo("Side Partnership has 0 seats; each side needs 1 to 3."));
    }

    [Test]
    public void Problem_FourSeatsOnASide_IsNamed()
    {
        var seats = Enumerable.Range(0, 4).Select(i => new SeatSpec($"A{i}", Side.Alliance)).Append(new SeatSpec("Bo", Side.Partnership)).ToList();

        Assert.That(MatchSetup.Problem(Sample, seats), Is.EqualTo("Side Alliance has 4 seats; each side needs 1 to 3."));
    }

    [Test]
    public void Problem_ARoleTheScenarioLacks_IsNamed()
    {
        var seats = new[] { new SeatSpec("Ana", Side.Alliance, RoleId: "spy"), new SeatSpec("Bo", Side.Partnership) };

        Assert.That(MatchSetup.Problem(Sample, seats), Is.EqualTo("Seat Ana asks for role 'spy', which the scenario does not have."));
    }

    [Test]
    public void Problem_ARoleOfTheOtherSide_IsNamed()
    {
        var seats = new[] { new SeatSpec("Ana", Side.Alliance), new SeatSpec("Bo", Side.Partnership, RoleId: "hawk") };

        Assert.That(MatchSetup.Problem(Sample, seats), Is.EqualTo("Role 'hawk' belongs to side Alliance, not Partnership."));
    }

    [Test]
    public void Problem_ARoleGivenTwice_IsNamed()
    {
        var seats = new[]
        {
            new SeatSpec("Ana", Side.Alliance, RoleId: "hawk"), new SeatSpec("Cy", Side.Alliance, RoleId: "hawk"), new SeatSpec("Bo", Side.Partnership),
        };

        Assert.That(MatchSetup.Problem(Sample, seats), Is.EqualTo("Role 'hawk' is given to more than one seat."));
    }

    [Test]
    public void Start_WithAProblem_ThrowsWithTheProblem()
    {
        var seats = new[] { new SeatSpec("Ana", Side.Alliance) };

        var thrown = Assert.Throws<ArgumentException>(() => MatchSetup.Start(Sample, seats, 1));

        Assert.That(thrown!.Message, Does.StartWith("Side Partnership has 0 seats"));
    }

    [Test]
    public void Start_DealsAFreeRoleOfTheSeatsSide()
    {
        var match = MatchSetup.Start(Sample, Playout.TwoSeats, 1);

        Assert.Multiple(() =>
        {
            Assert.That(match.RoleOf(0)!.Id, Is.EqualTo("hawk"));
            Assert.That(match.RoleOf(1)!.Id, Is.EqualTo("dove"));
        });
    }

    [Test]
    public void Start_WithoutDealingRoles_LeavesTheSeatsWithoutRoles()
    {
        var match = new MatchBuilder().Build();

        Assert.Multiple(() =>
        {
            Assert.That(match.RoleOf(0), Is.Null);
            Assert.That(match.RoleOf(1), Is.Null);
        });
    }

    [Test]
    public void Start_WithMoreSeatsThanRoles_GivesEachRoleToOneSeat()
    {
        var match = MatchSetup.Start(Sample, Playout.FiveSeats, 2);

        var dealt = match.Seats.Select(s => s.RoleId).Where(r => r is not null).ToList();

        Assert.That(dealt, Is.EquivalentTo(new[] { "hawk", "dove" }));
    }

    [Test]
    public void Start_WithRolesNamed_KeepsThemAndTheDealOfTheRandomRoles()
    {
        // Roles draw from their own stream: naming the roles that were dealt gives the very same decks.
        var dealt = MatchSetup.Start(Sample, Playout.TwoSeats, 77);
        var named = MatchSetup.Start(Sample, [new("Ana", Side.Alliance, RoleId: "hawk"), new("Bo", Side.Partnership, RoleId: "dove")], 77);

        Assert.Multiple(() =>
        {
            Assert.That(named.Seats.Select(s => s.RoleId), Is.EqualTo(dealt.Seats.Select(s => s.RoleId)));
            Assert.That(named.AllianceDeck.Order, Is.EqualTo(dealt.AllianceDeck.Order));
            Assert.That(named.Hands[1], Is.EqualTo(dealt.Hands[1]));
        });
    }
}
