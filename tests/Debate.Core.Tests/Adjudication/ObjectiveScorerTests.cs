using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Adjudication;

public sealed class ObjectiveScorerTests
{
    private static MatchBuilder AnaWith(ObjectiveKind kind, string? theme = "security", int count = 1)
    {
        var scenario = new ScenarioBuilder().WithRoles(
            ScenarioBuilder.Role("secret", Side.Alliance, kind, theme, count),
            ScenarioBuilder.Role("plain", Side.Partnership, ObjectiveKind.SideWins)).Build();
        return new MatchBuilder().For(scenario).AtVerdict()
            .WithSeats(new("Ana", Side.Alliance, RoleId: "secret"), new("Bo", Side.Partnership, DealRole: false), new("Cy", Side.Alliance, DealRole: false));
    }

    private static ObjectiveResult Ana(Match match) => Adjudicator.Judge(match).Objectives.Single(o => o.Seat == 0);

    [Test]
    public void Score_SideWins_IsMetWhenTheRolesSideWinsTheRoom()
    {
        var result = Ana(AnaWith(ObjectiveKind.SideWins).WithAudience(new Vote(40, 40, 20), new Vote(30, 30, 40)).Build());

        Assert.Multiple(() =>
        {
            Assert.That(result.Met, Is.True);
            Assert.That(result.Detail, Is.EqualTo("Winner: Alliance."));
            Assert.That(result.SeatName, Is.EqualTo("Ana"));
            Assert.That(result.Role.Id, Is.EqualTo("secret"));
        });
    }

    [Test]
    public void Score_SideWins_IsNotMetInADeadHeat()
    {
        var result = Ana(AnaWith(ObjectiveKind.SideWins).Build());

        Assert.Multiple(() =>
        {
            Assert.That(result.Met, Is.False);
            Assert.That(result.Detail, Is.EqualTo("Winner: none (dead heat)."));
        });
    }

    [Test]
    public void Score_StandingOnTheme_IsMetWithEnoughStandingArgumentsOnTheTheme()
    {
        var result = Ana(AnaWith(ObjectiveKind.StandingOnTheme).WithArgument("A1").Build());

        Assert.Multiple(() =>
        {
            Assert.That(result.Met, Is.True);
            Assert.That(result.Detail, Is.EqualTo("1 standing Alliance argument(s) on security; needed 1."));
        });
    }

    [Test]
    public void Score_StandingOnTheme_IsNotMetWhenTheArgumentWasDefeated()
    {
        var result = Ana(AnaWith(ObjectiveKind.StandingOnTheme).WithArgument("A1").WithArgument("P4", target: 1).WithArgument("A2").Build());

        Assert.Multiple(() =>
        {
            Assert.That(result.Met, Is.False);
            Assert.That(result.Detail, Is.EqualTo("0 standing Alliance argument(s) on security; needed 1."));
        });
    }

    [Test]
    public void Score_StandingOnTheme_CountsEveryoneOnTheSideButNotEvidence()
    {
        var result = Ana(AnaWith(ObjectiveKind.StandingOnTheme, count: 2).WithArgument("A1", seat: 2).WithArgument("A3", target: 1).Build());

        Assert.That(result.Detail, Is.EqualTo("1 standing Alliance argument(s) on security; needed 2."));
    }

    [Test]
    public void Score_NoOpposingOnTheme_IsMetWhenNothingOpposingStandsOnTheTheme()
    {
        var result = Ana(AnaWith(ObjectiveKind.NoOpposingOnTheme).WithArgument("P1").WithArgument("A1").Build());

        Assert.Multiple(() =>
        {
            Assert.That(result.Met, Is.True);
            Assert.That(result.Detail, Is.EqualTo("0 standing opposing argument(s) on security."));
        });
    }

    [Test]
    public void Score_NoOpposingOnTheme_IsNotMetWhenAnOpposingArgumentStandsOnTheTheme()
    {
        var result = Ana(AnaWith(ObjectiveKind.NoOpposingOnTheme).WithArgument("P6").Build());

        Assert.Multiple(() =>
        {
            Assert.That(result.Met, Is.False);
            Assert.That(result.Detail, Is.EqualTo("1 standing opposing argument(s) on security."));
        });
    }

    [Test]
    public void Score_RebuttalsLanded_IsMetWhenTheSeatsRebuttalDefeatsItsTargetAndStands()
    {
        var result = Ana(AnaWith(ObjectiveKind.RebuttalsLanded, theme: null).WithArgument("P1").WithArgument("A4", target: 1).Build());

        Assert.Multiple(() =>
        {
            Assert.That(result.Met, Is.True);
            Assert.That(result.Detail, Is.EqualTo("1 of your rebuttals landed; needed 1."));
        });
    }

    [Test]
    public void Score_RebuttalsLanded_IsNotMetWhenTheRebuttalIsTooWeak()
    {
        // P3 lifts P1 to 4: A4 (3) fails.
        var result = Ana(AnaWith(ObjectiveKind.RebuttalsLanded, theme: null).WithArgument("P1").WithArgument("P3", target: 1)
            .WithArgument("A4", target: 1).Build());

        Assert.Multiple(() =>
        {
            Assert.That(result.Met, Is.False);
            Assert.That(result.Detail, Is.EqualTo("0 of your rebuttals landed; needed 1."));
        });
    }

    [Test]
    public void Score_RebuttalsLanded_DoesNotCountATeammatesRebuttal()
    {
        var result = Ana(AnaWith(ObjectiveKind.RebuttalsLanded, theme: null).WithArgument("P1").WithArgument("A4", target: 1, seat: 2).Build());

        Assert.That(result.Met, Is.False);
    }

    [Test]
    public void Score_SeatsWithoutARole_AreNotScored()
    {
        var verdict = Adjudicator.Judge(AnaWith(ObjectiveKind.SideWins).Build());

        Assert.That(verdict.Objectives.Select(o => o.Seat), Is.EqualTo(new[] { 0 }));
    }

    [Test]
    public void Score_EveryObjectiveKind_IsCoveredAbove()
    {
        // A new kind of objective needs a met and a not-met case in this file.
        Assert.That(Enum.GetValues<ObjectiveKind>(), Is.EquivalentTo(new[]
        {
            ObjectiveKind.SideWins, ObjectiveKind.StandingOnTheme, ObjectiveKind.NoOpposingOnTheme, ObjectiveKind.RebuttalsLanded,
        }));
    }
}
