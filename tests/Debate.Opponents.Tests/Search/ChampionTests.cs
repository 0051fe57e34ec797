using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Opponents.Search;
using Debate.Opponents.Tests.Builders;
using NUnit.Framework;

namespace Debate.Opponents.Tests.Search;

/// <summary>The champion searches within its iteration cap and its time budget, and says what it found.</summary>
public sealed class ChampionTests
{
    private static readonly Match Opening = MatchSetup.Start(SampleScenario.Build(), Situation.TwoSeats, 31);

    [Test]
    public void Choose_IterationCap_RunsExactlyThatMany()
    {
        var champion = new Champion(3, ChampionOptions.Capped(37), new FrozenClock());

        champion.Choose(PlayerView.Of(Opening, 0), Rules.LegalMoves(Opening));

        Assert.That(champion.LastSearch!.Iterations, Is.EqualTo(37));
    }

    [Test]
    public void Choose_TimeBudgetSpent_StopsBeforeTheCap()
    {
        // Each reading of the clock advances it 1 ms; the budget is 10 ms, read every 8 iterations.
        var clock = new FrozenClock(TimeSpan.FromMilliseconds(1));
        var options = new ChampionOptions { Iterations = 1_000_000, Budget = TimeSpan.FromMilliseconds(10) };
        var champion = new Champion(3, options, clock);

        champion.Choose(PlayerView.Of(Opening, 0), Rules.LegalMoves(Opening));

        Assert.That(champion.LastSearch!.Iterations, Is.InRange(8, 100));
        Assert.That(champion.LastSearch.Elapsed, Is.GreaterThanOrEqualTo(options.Budget));
    }

    [Test]
    public void Choose_OnlyEndIsLegal_AnswersWithoutSearching()
    {
        var match = new Situation().InSpeech(0).Build();
        var champion = new Champion(3, ChampionOptions.Capped(500), new FrozenClock());

        var choice = champion.Choose(PlayerView.Of(match, 0), Rules.LegalMoves(match));

        Assert.That(choice.Move, Is.EqualTo(Move.End(0)));
        Assert.That(champion.LastSearch!.Iterations, Is.Zero);
        Assert.That(choice.Reason, Is.EqualTo("Only one move is open. Ends the speech: the room waits to hear the other side."));
    }

    [Test]
    public void Choose_LastSpeech_RebutsTheArgumentThatWouldOtherwiseStand()
    {
        // Closing, Alliance has the last word: A5 (4) defeats P1 (3), which nobody could answer afterwards.
        var match = new Situation().InSpeech(7).OnFloor("P1", Side.Partnership).OnFloor("A2", Side.Alliance)
            .AllianceHolds("A5").Build();
        var champion = new Champion(3, ChampionOptions.Capped(300), new FrozenClock());

        var choice = champion.Choose(PlayerView.Of(match, 0), Rules.LegalMoves(match));

        Assert.That(choice.Move, Is.EqualTo(Move.Rebuttal(0, new CardId("A5"), 1)));
        Assert.That(choice.Reason, Does.StartWith(
            "Rebuts #1 \"Tag P1\" with A5: defeats #1, 5 against 3 (direct answer +1). It wins Beijing over (our standing weight with Beijing: 15.0 against 0.0). "
            + "Search preferred it to ending the speech, which lost the room in "));
        Assert.That(choice.More, Does.StartWith("Searched 300 possible worlds. This move: "));
    }

    [Test]
    public void Choose_LastSpeech_DoesNotRebutAnArgumentAlreadyDefeated()
    {
        // #1 P1 already falls to #2 A4 and Partnership has no speech left to answer A4: A5 on #1 would only add weight.
        var match = new Situation().InSpeech(7).OnFloor("P1", Side.Partnership).OnFloor("A4", Side.Alliance, target: 1)
            .AllianceHolds("A5").Build();
        var champion = new Champion(3, ChampionOptions.Capped(300), new FrozenClock());

        var choice = champion.Choose(PlayerView.Of(match, 0), Rules.LegalMoves(match));

        Assert.That(choice.Move, Is.EqualTo(Move.End(0)));
    }

    [Test]
    public void Choose_ASecondDefeatThatGuardsAgainstReinstatement_SaysSo()
    {
        // Rebuttal round 2: #1 P1 falls only to #2 A4, which Partnership may still rebut in its speech; A5 defeats #1 too.
        var match = new Situation().InSpeech(4).OnFloor("P1", Side.Partnership).OnFloor("A4", Side.Alliance, target: 1)
            .AllianceHolds("A5").Build();
        var champion = new Champion(3, ChampionOptions.Capped(300), new FrozenClock());

        var choice = champion.Choose(PlayerView.Of(match, 0), Rules.LegalMoves(match));

        Assert.That(choice.Move, Is.EqualTo(Move.Rebuttal(0, new CardId("A5"), 1)));
        Assert.That(choice.Reason, Does.Contain(
            "defeats #1, 5 against 3 (direct answer +1; already defeated by #2). #1 is already defeated, but only by #2, which Partnership may still answer in Rebuttal 2 · Partnership: a second defeat guards against its reinstatement."));
    }
}
