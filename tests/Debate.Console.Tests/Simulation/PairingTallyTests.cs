using Debate.Console.Simulation;
using Debate.Console.Simulation.Balance;
using Debate.Core.Content;
using Debate.Scenarios;
using NUnit.Framework;

namespace Debate.Console.Tests.Simulation;

/// <summary>
/// A pairing's running totals give the figures that every game's result, kept in a list, gave
/// before results were streamed: the same counts, rates, card records and never-played cards, for
/// any number of threads.
/// </summary>
public sealed class PairingTallyTests
{
    private static readonly Scenario Scenario = BuiltInScenarios.Default;

    [TestCase("debater", "novice", 60UL)]
    [TestCase("novice", "novice", 61UL)]
    public void Tally_OfAPairing_MatchesTheFiguresOfEveryResultKept(string first, string second, ulong seed)
    {
        var pairing = new Pairing(first, second);
        const int Games = 60;
        var results = Enumerable.Range(0, Games).Select(i => MatchRunner.Play(Scenario, pairing.Game(i, seed), OpponentSettings.Default)).ToList();
        var tally = new PairingTally(pairing, Scenario);
        results.ForEach(tally.Add);

        var summary = PairingResult.Of(pairing, Scenario, tally);

        Assert.That(summary.Games, Is.EqualTo(Games));
        Assert.That(summary.AllianceWins.Successes, Is.EqualTo(results.Count(r => r.Winner == Side.Alliance)));
        Assert.That(summary.PartnershipWins.Successes, Is.EqualTo(results.Count(r => r.Winner == Side.Partnership)));
        Assert.That(summary.FirstWins.Successes, Is.EqualTo(pairing.IsMirror
            ? results.Count(r => r.Winner == Side.Alliance)
            : results.Count(r => r.WinningController == first)));
        Assert.That(summary.SecondWins.Successes, Is.EqualTo(pairing.IsMirror
            ? results.Count(r => r.Winner == Side.Partnership)
            : results.Count(r => r.WinningController == second)));
        Assert.That(summary.AverageMoves, Is.EqualTo(results.Average(r => r.Moves)));
        Assert.That(summary.AverageCards, Is.EqualTo(results.Average(r => r.Played.Length)));
        Assert.That(summary.ChoiceRate, Is.EqualTo((double)results.Sum(r => r.Choices) / results.Sum(r => r.Moves)));

        var cards = CardImpact.Of(Scenario, tally);
        Assert.That(cards, Has.Length.EqualTo(Scenario.DeckOf(Side.Alliance).Count() + Scenario.DeckOf(Side.Partnership).Count()));
        foreach (var card in cards)
        {
            var side = card.Side;
            var with = results.Where(r => r.Played.Any(p => p.Side == side && p.Card.Value == card.Card)).ToList();
            var without = results.Except(with).ToList();
            Assert.That(card.Played, Is.EqualTo(with.Count), card.Card);
            Assert.That(card.WinWhenPlayed, Is.EqualTo(with.Count == 0 ? 0 : (double)with.Count(r => r.Winner == side) / with.Count), card.Card);
            Assert.That(card.WinWhenNot, Is.EqualTo(without.Count == 0 ? 0 : (double)without.Count(r => r.Winner == side) / without.Count), card.Card);
        }

        Assert.That(
            Scenario.Cards.Where(c => c.Kind != CardKind.Event).Count(c => tally.Cards.WasPlayed(c.Id)),
            Is.EqualTo(Scenario.Cards.Where(c => c.Kind != CardKind.Event).Count(c => results.Any(r => r.Played.Any(p => p.Card == c.Id)))));
    }

    [Test]
    public void Simulator_OnOneThreadOrTwo_FoldsTheSameTotals()
    {
        // Seed 1417; the margins are summed in game order, so even the floating-point sums agree.
        var pairing = new Pairing("debater", "novice");
        var tallies = new[] { 1, 2 }.Select(threads =>
        {
            var tally = new PairingTally(pairing, Scenario);
            Simulator.Run(Scenario, 80, i => pairing.Game((int)i, 1417), OpponentSettings.Default, (_, r) => tally.Add(r), maxThreads: threads);
            return tally;
        }).ToArray();

        Assert.That(tallies[1].Margins.Sum, Is.EqualTo(tallies[0].Margins.Sum));
        Assert.That(tallies[1].Margins.Exact, Is.EqualTo(tallies[0].Margins.Exact));
        Assert.That(
            PairingResult.Of(pairing, Scenario, tallies[1]),
            Is.EqualTo(PairingResult.Of(pairing, Scenario, tallies[0])));
    }
}
