using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Adjudication;

// Sample blocs: beijing (share 60, opening 20/40/40, weighs security 3 and history 2) and business
// (share 40, opening 30/30/40, weighs trade 3).
public sealed class VerdictTests
{
    private static readonly Vote BusinessOpening = new(30, 30, 40);

    [Test]
    public void Judge_ARoomThatDidNotMove_IsADeadHeat()
    {
        var verdict = Adjudicator.Judge(new MatchBuilder().AtVerdict().Build());

        Assert.Multiple(() =>
        {
            Assert.That(verdict.Winner, Is.Null);
            Assert.That(verdict.WinnerByStanding, Is.Null);
            Assert.That(verdict.VerdictsDiffer, Is.False);
            Assert.That(verdict.Reason.Lines, Is.EqualTo(new[]
            {
                "A dead heat: both sides moved the room by the same normalised swing (0.0%).",
                "Standing arguments (claims and rebuttals that stand; evidence counts only in their strength): Alliance 0, Partnership 0.",
            }));
        });
    }

    [Test]
    public void Judge_TheSideThatMovedTheRoomMore_Wins()
    {
        // Beijing: Alliance 20 -> 40 is a quarter of the 80 it had left; weighted by share 60 of 100.
        var match = new MatchBuilder().AtVerdict().WithAudience(new Vote(40, 40, 20), BusinessOpening).Build();

        var verdict = Adjudicator.Judge(match);

        Assert.Multiple(() =>
        {
            Assert.That(verdict.Winner, Is.EqualTo(Side.Alliance));
            Assert.That(verdict.AllianceSwing, Is.EqualTo(0.15).Within(1e-12));
            Assert.That(verdict.PartnershipSwing, Is.EqualTo(0).Within(1e-12));
            Assert.That(verdict.Blocs[0].AllianceSwing, Is.EqualTo(0.25).Within(1e-12));
            Assert.That(verdict.Blocs[0].Opening, Is.EqualTo(new Vote(20, 40, 40)));
            Assert.That(verdict.Blocs[0].Closing, Is.EqualTo(new Vote(40, 40, 20)));
            Assert.That(verdict.Reason.Lines[0], Is.EqualTo("Alliance wins: it moved the room +15.0% against 0.0%."));
            Assert.That(Adjudicator.WinnerBySwing(match), Is.EqualTo(Side.Alliance));
        });
    }

    [Test]
    public void Judge_ASideThatLostGround_HasANegativeSwing()
    {
        var match = new MatchBuilder().AtVerdict().WithAudience(new Vote(10, 50, 40), BusinessOpening).Build();

        var verdict = Adjudicator.Judge(match);

        Assert.Multiple(() =>
        {
            Assert.That(verdict.Winner, Is.EqualTo(Side.Partnership));
            Assert.That(verdict.AllianceSwing, Is.EqualTo(0.6 * -0.5).Within(1e-12));
            Assert.That(verdict.PartnershipSwing, Is.EqualTo(0.6 * 10 / 60.0).Within(1e-12));
            Assert.That(verdict.Reason.Lines[0], Is.EqualTo("Partnership wins: it moved the room +10.0% against -30.0%."));
        });
    }

    [Test]
    public void Judge_MoreRawPointsButTheSameShareOfTheRoomLeft_IsADeadHeat()
    {
        // Beijing: Alliance gains 20 of its 80 (a quarter), Partnership 15 of its 60 (a quarter).
        var match = new MatchBuilder().AtVerdict().WithAudience(new Vote(40, 55, 5), BusinessOpening).Build();

        var verdict = Adjudicator.Judge(match);

        Assert.Multiple(() =>
        {
            Assert.That(verdict.Winner, Is.Null);
            Assert.That(verdict.Reason.Lines[0], Is.EqualTo("A dead heat: both sides moved the room by the same normalised swing (+15.0%)."));
        });
    }

    [Test]
    public void Judge_WinnerByTheRoomAndByTheFlowDiffering_SaysSo()
    {
        // Partnership has two standing claims, Alliance none, yet the room moved to Alliance.
        var match = new MatchBuilder().AtVerdict().WithArgument("P1").WithArgument("P2")
            .WithAudience(new Vote(40, 40, 20), BusinessOpening).Build();

        var verdict = Adjudicator.Judge(match);

        Assert.Multiple(() =>
        {
            Assert.That(verdict.Winner, Is.EqualTo(Side.Alliance));
            Assert.That(verdict.WinnerByStanding, Is.EqualTo(Side.Partnership));
            Assert.That(verdict.PartnershipStanding, Is.EqualTo(2));
            Assert.That(verdict.AllianceStanding, Is.Zero);
            Assert.That(verdict.VerdictsDiffer, Is.True);
            Assert.That(verdict.Reason.Lines[1], Is.EqualTo("Standing arguments (claims and rebuttals that stand; evidence counts only in their strength): Alliance 0, Partnership 2."));
            Assert.That(verdict.Reason.Lines[2], Is.EqualTo(
                "The flow favours Partnership on standing arguments, yet the room moved towards Alliance: what stood mattered more to the blocs than how much stood."));
        });
    }

    [Test]
    public void Judge_AWinnerWithTheFlowLevel_SaysTheRoomDecided()
    {
        var match = new MatchBuilder().AtVerdict().WithArgument("A1").WithArgument("P1")
            .WithAudience(new Vote(40, 40, 20), BusinessOpening).Build();

        var verdict = Adjudicator.Judge(match);

        Assert.Multiple(() =>
        {
            Assert.That(verdict.WinnerByStanding, Is.Null);
            Assert.That(verdict.Reason.Lines[2], Is.EqualTo("The flow is level on standing arguments; the room decided."));
        });
    }

    [Test]
    public void Judge_ADeadHeatWithTheFlowFavouringOneSide_SaysTheRoomMovedTowardsNeither()
    {
        var match = new MatchBuilder().AtVerdict().WithArgument("A1").Build();

        var verdict = Adjudicator.Judge(match);

        Assert.Multiple(() =>
        {
            Assert.That(verdict.Winner, Is.Null);
            Assert.That(verdict.WinnerByStanding, Is.EqualTo(Side.Alliance));
            Assert.That(verdict.Reason.Lines[2], Does.Contain("yet the room moved towards neither side"));
        });
    }

    [Test]
    public void Judge_TheWinnerAndTheFlowAgreeing_AddsNoLineAboutADifference()
    {
        var match = new MatchBuilder().AtVerdict().WithArgument("A1").WithAudience(new Vote(40, 40, 20), BusinessOpening).Build();

        var verdict = Adjudicator.Judge(match);

        Assert.Multiple(() =>
        {
            Assert.That(verdict.VerdictsDiffer, Is.False);
            Assert.That(verdict.Reason.Lines, Has.None.Contains("The flow"));
        });
    }

    [Test]
    public void Judge_StandingCounts_LeaveOutEvidence()
    {
        var match = new MatchBuilder().AtVerdict().WithArgument("A1").WithArgument("A3", target: 1).Build();

        Assert.That(Adjudicator.Judge(match).AllianceStanding, Is.EqualTo(1));
    }

    [Test]
    public void Judge_Reason_ListsWhatWasRefutedAndByWhat()
    {
        var match = new MatchBuilder().AtVerdict().WithArgument("A1").WithArgument("P4", target: 1).Build();

        var reason = Adjudicator.Judge(match).Reason;

        Assert.Multiple(() =>
        {
            Assert.That(reason.Refuted.Select(r => (r.Refuted.Id, r.By.Id)), Is.EqualTo(new[] { (1, 2) }));
            Assert.That(reason.Lines, Does.Contain("Refuted: #1 Tag A1 (Alliance), by #2 Tag P4."));
        });
    }

    [Test]
    public void Judge_Reason_ListsWhatWasDropped()
    {
        // Speeches: 0 Opening A, 1 Opening P, 2 Rebuttal 1 A, 3 Rebuttal 1 P, 4 Rebuttal 2 A, 5 Rebuttal 2 P, 6 Closing P, 7 Closing A.
        var match = new MatchBuilder().AtVerdict().WithArgument("A1", speech: 0).WithArgument("P4", target: 1, speech: 3)
            .WithArgument("P2", speech: 5).Build();

        var reason = Adjudicator.Judge(match).Reason;

        Assert.Multiple(() =>
        {
            Assert.That(reason.Dropped.Select(a => a.Id), Is.EqualTo(new[] { 2, 3 }));
            Assert.That(reason.LastWord, Is.Empty);
            Assert.That(reason.Lines, Does.Contain("Dropped: #2 Tag P4 (Partnership) was never answered, though Alliance had a speech to answer it."));
            Assert.That(reason.Lines, Does.Contain("Dropped: #3 Tag P2 (Partnership) was never answered, though Alliance had a speech to answer it."));
        });
    }

    [Test]
    public void Judge_Reason_AnArgumentOfTheLastSpeech_HasTheLastWordAndIsNotDropped()
    {
        // P1 (Rebuttal 2, Partnership) is answered in Alliance's closing (speech 7), the last speech: Partnership cannot reply.
        var match = new MatchBuilder().AtVerdict().WithArgument("P1", speech: 5).WithArgument("A4", target: 1, speech: 7).Build();

        var verdict = Adjudicator.Judge(match);

        Assert.Multiple(() =>
        {
            Assert.That(verdict.Floor[1].Reply, Is.EqualTo(Reply.LastWord));
            Assert.That(verdict.Floor[1].Dropped, Is.False);
            Assert.That(verdict.Reason.Dropped, Is.Empty);
            Assert.That(verdict.Reason.LastWord.Select(a => a.Id), Is.EqualTo(new[] { 2 }));
            Assert.That(verdict.Reason.Lines, Does.Contain("Last word: #2 Tag A4 (Alliance) came after Partnership's last chance to answer; it is not dropped."));
            Assert.That(verdict.Floor[1].Explanation, Is.EqualTo("Stands: unanswered, but made after Partnership's last chance to answer, so not dropped."));
        });
    }

    [Test]
    public void Judge_Reason_ARebuttalTooWeakForItsTarget_IsReportedAsFailedAndSaidToCountAsStanding()
    {
        // P7 (strength 2) answers A1 (strength 3) in Rebuttal 2; Alliance lets it stand through its closing.
        var scenario = new ScenarioBuilder().WithCard(SampleScenario.Card("P7", CardKind.Rebuttal, CardSide.Partnership, 2, 1, "security")).Build();
        var match = new MatchBuilder().For(scenario).AtVerdict().WithArgument("A1", speech: 4).WithArgument("P7", target: 1, speech: 5).Build();

        var verdict = Adjudicator.Judge(match);

        Assert.Multiple(() =>
        {
            Assert.That(verdict.PartnershipStanding, Is.EqualTo(1));
            Assert.That(verdict.AllianceStanding, Is.EqualTo(1));
            Assert.That(verdict.Floor[1].TooWeak, Is.True);
            Assert.That(verdict.Floor[0].TooWeak, Is.False);
            Assert.That(verdict.Reason.Failed.Select(a => a.Id), Is.EqualTo(new[] { 2 }));
            Assert.That(verdict.Reason.Lines, Does.Contain("Failed: #2 Tag P7 (Partnership) was too weak to defeat #1, 2 against 3; it stands."));
            Assert.That(verdict.Reason.Summary, Does.Contain(
                "The count includes rebuttals that failed to defeat their targets yet stand as arguments: Partnership #2."));
            Assert.That(verdict.Reason.Dropped.Select(a => a.Id), Is.EqualTo(new[] { 2 }));
        });
    }

    [Test]
    public void Judge_Reason_NamesTheWinnersThreeWeightiestStandingArguments()
    {
        // Room weight: A1 60*3*3 = 540, A6 60*2*4 = 480, A2 40*3*2 = 240, X1 40*3*2 = 240 (later id), P6 is the loser's.
        var match = new MatchBuilder().AtVerdict().WithArgument("X1", side: Side.Alliance, speech: 2).WithArgument("A2", speech: 2).WithArgument("A6", speech: 2)
            .WithArgument("A1", speech: 2).WithArgument("P6", speech: 3).WithAudience(new Vote(40, 40, 20), BusinessOpening).Build();

        var reason = Adjudicator.Judge(match).Reason;

        Assert.Multiple(() =>
        {
            Assert.That(reason.Decisive.Select(a => a.Card.Value), Is.EqualTo(new[] { "A1", "A6", "X1" }));
            Assert.That(reason.Lines, Does.Contain("Decisive: #4 Tag A1 (Alliance, strength 3). Stands: never answered by Partnership, which had a speech to answer it (dropped)."));
        });
    }

    [Test]
    public void Judge_ADeadHeat_NamesDecisiveArgumentsOfBothSides()
    {
        var match = new MatchBuilder().AtVerdict().WithArgument("A1").WithArgument("P6").Build();

        var reason = Adjudicator.Judge(match).Reason;

        Assert.That(reason.Decisive.Select(a => a.Side), Is.EquivalentTo(new[] { Side.Alliance, Side.Partnership }));
    }

    // Seeds 1..200: the fast winner agrees with the full verdict, and every reason opens with the winner line.
    [Test]
    public void WinnerBySwing_OverRandomPlayoutsFromSeeds1To200_AgreesWithTheVerdict()
    {
        var scenario = SampleScenario.Build();
        for (ulong seed = 1; seed <= 200; seed++)
        {
            var (final, _) = Playout.Play(scenario, Playout.TwoSeats, seed);

            var verdict = Adjudicator.Judge(final);

            Assert.That(Adjudicator.WinnerBySwing(final), Is.EqualTo(verdict.Winner), $"seed {seed}");
            Assert.That(verdict.Reason.Lines[0], Does.StartWith(verdict.Winner is null ? "A dead heat" : $"{verdict.Winner} wins"), $"seed {seed}");
            Assert.That(verdict.VerdictsDiffer, Is.EqualTo(verdict.Reason.Lines.Any(l => l.StartsWith("The flow", StringComparison.Ordinal))), $"seed {seed}");
        }
    }
}
