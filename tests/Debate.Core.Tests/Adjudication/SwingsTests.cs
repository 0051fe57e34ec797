using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Adjudication;

public sealed class SwingsTests
{
    [TestCase(20, 60, 0.5)]
    [TestCase(60, 80, 0.5)]
    [TestCase(0, 50, 0.5)]
    [TestCase(40, 20, -0.5)]
    [TestCase(100, 50, -0.5)]
    [TestCase(30, 30, 0)]
    [TestCase(100, 100, 0)]
    [TestCase(0, 0, 0)]
    [TestCase(20, 100, 1)]
    [TestCase(20, 0, -1)]
    public void Normalised_IsTheGainOverTheRoomLeftOrTheLossOverTheShareHeld(double opening, double closing, double expected)
    {
        Assert.That(BlocSwing.Normalised(opening, closing), Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void Swing_ASideStartingBehind_HasNoBuiltInEdge()
    {
        // Opening 20 / 40 / 40. Alliance (behind) wins half its room: 20 -> 60; Partnership (ahead) half its room: 40 -> 70.
        var scenario = new ScenarioBuilder().WithBlocs(ScenarioBuilder.Bloc("room", 100, new Vote(20, 40, 40))).Build();
        var allianceMoves = new MatchBuilder().For(scenario).AtVerdict().WithAudience(new Vote(60, 40, 0)).Build();
        var partnershipMoves = new MatchBuilder().For(scenario).AtVerdict().WithAudience(new Vote(20, 70, 10)).Build();

        var alliance = Adjudicator.Judge(allianceMoves);
        var partnership = Adjudicator.Judge(partnershipMoves);

        Assert.Multiple(() =>
        {
            Assert.That(alliance.AllianceSwing, Is.EqualTo(0.5).Within(1e-12));
            Assert.That(partnership.PartnershipSwing, Is.EqualTo(alliance.AllianceSwing).Within(1e-12));
            Assert.That(alliance.Winner, Is.EqualTo(Side.Alliance));
            Assert.That(partnership.Winner, Is.EqualTo(Side.Partnership));
        });
    }

    [Test]
    public void Total_WeighsEachBlocByItsShare()
    {
        var blocs = Swings.Of(new MatchBuilder().AtVerdict().WithAudience(new Vote(60, 20, 20), new Vote(30, 65, 5)).Build());

        var (alliance, partnership) = Swings.Total(blocs);

        // beijing (60): Alliance +40/80, Partnership -20/40; business (40): Alliance 0, Partnership +35/70.
        Assert.Multiple(() =>
        {
            Assert.That(alliance, Is.EqualTo(0.6 * 0.5).Within(1e-12));
            Assert.That(partnership, Is.EqualTo((0.6 * -0.5) + (0.4 * 0.5)).Within(1e-12));
        });
    }

    [Test]
    public void Total_OfBlocsWithoutShares_IsNoSwing()
    {
        var swing = new BlocSwing("b", "B", 0, new Vote(0, 0, 100), new Vote(50, 0, 50), 0.5, 0);

        Assert.That(Swings.Total([swing]), Is.EqualTo((0.0, 0.0)));
    }

    [Test]
    public void SwingOf_ReadsEachSidesSwing()
    {
        var swing = new BlocSwing("b", "B", 1, new Vote(0, 0, 100), new Vote(0, 0, 100), 0.25, -0.5);

        Assert.Multiple(() =>
        {
            Assert.That(swing.SwingOf(Side.Alliance), Is.EqualTo(0.25));
            Assert.That(swing.SwingOf(Side.Partnership), Is.EqualTo(-0.5));
        });
    }
}
