using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Tests.Builders;
using Debate.Opponents;
using Debate.Opponents.Personas;
using NUnit.Framework;

namespace Debate.Core.Tests.Previews;

/// <summary>
/// The preview of a move, taken from the mover's view, is what Rules.Apply then does to the real
/// match: checked for every legal move (every card on every target, and ending the speech) at every
/// position of seeded matches, played at random and by scripted opponents, with 2 to 6 seats.
/// </summary>
public sealed class PreviewPropertyTests
{
    private static readonly Persona Presser = new(
        "presser", "The presser", "Rebuts first, then supports its weakest point.", ["security"],
        [
            new([new(ConditionKind.OpponentStanding, null, 1), new(ConditionKind.HandHas, "rebuttal", 0)], PersonaAction.RebutStrongest, null, "Answer first."),
            new([new(ConditionKind.HandHas, "evidence", 0)], PersonaAction.SupportWeakest, null, "Shore up."),
            new([], PersonaAction.StrongestClaim, null, "Strongest claim."),
        ]);

    // Deal seeds 1..200 (moves drawn from seed * 7919); seeds cycle through the scenarios, seat counts and players.
    [Test]
    public void Preview_OfEveryLegalMove_IsWhatApplyThenDoes()
    {
        Scenario[] scenarios = [SampleScenario.Build(), RichScenario()];
        var moves = 0;
        var stated = 0;
        var problems = new List<string>();
        for (ulong seed = 1; seed <= 200; seed++)
        {
            var scenario = scenarios[seed % 2];
            var seats = Seats((int)(seed % 5) + 2);
            var players = Players(scenario, seed, seats.Length);
            var match = MatchSetup.Start(scenario, seats, seed);
            while (!match.IsOver)
            {
                var legal = Rules.LegalMoves(match);
                foreach (var move in legal)
                {
                    problems.AddRange(PreviewCheck.Disagreements(match, move, out var count).Select(p => $"seed {seed}: {p}"));
                    stated += count;
                    moves++;
                }

                var chosen = players[match.Speaker].Choose(PlayerView.Of(match, match.Speaker), legal).Move;
                match = Rules.Apply(match, chosen).Match;
            }
        }

        TestContext.Out.WriteLine($"Previewed {moves} legal moves in 200 matches; {stated} stated outcomes checked against the floor.");
        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty, string.Join(Environment.NewLine, problems.Take(20)));
            Assert.That(moves, Is.GreaterThanOrEqualTo(10_000));
        });
    }

    // Illegal moves: the preview refuses them exactly as Apply does, with the same code.
    [Test]
    public void Preview_OfAnIllegalMove_IsRefusedAsApplyRefusesIt()
    {
        var match = MatchSetup.Start(SampleScenario.Build(), Playout.TwoSeats, 3);
        var card = match.Hands[0][0];
        Move[] illegal = [Move.End(1), Move.Rebuttal(0, card, 9), Move.Claim(0, new CardId("P1")), Move.Evidence(0, card, 1)];

        foreach (var move in illegal)
        {
            var problems = PreviewCheck.Disagreements(match, move, out _);
            Assert.That(problems, Is.Empty, string.Join(Environment.NewLine, problems));
        }
    }

    private static SeatSpec[] Seats(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new SeatSpec($"S{i}", i % 2 == 0 ? Side.Alliance : Side.Partnership))];

    // Half the matches at random; the others with the debater and a rebutting persona among random seats.
    private static IOpponent[] Players(Scenario scenario, ulong seed, int seats) =>
        [.. Enumerable.Range(0, seats).Select(i => ((int)(seed / 2 % 4), i % 2) switch
        {
            (0, _) or (1, 1) => (IOpponent)new Novice((seed * 7919) + (ulong)i),
            (1, _) or (2, 0) => new Debater(),
            (2, _) => new PersonaOpponent(Presser),
            _ => i % 2 == 0 ? new PersonaOpponent(Presser) : new Debater(["trade"]),
        })];

    /// <summary>
    /// The sample with every term of strength in play: a boosted claim, events that raise and lower
    /// strengths (one to below 1), named answers between sides, and either-side cards that name each other.
    /// </summary>
    public static Scenario RichScenario()
    {
        var trade = new Card(new CardId("E3"), "News E3", "Body E3.", CardKind.Event, CardSide.Either, [], 0, 0, new Citation("doc", 3), null, [], null,
            [new EventEffect(EffectKind.Strength, "trade", -2)]);
        var history = new Card(new CardId("E4"), "News E4", "Body E4.", CardKind.Event, CardSide.Either, [], 0, 0, new Citation("doc", 4), null, [], null,
            [new EventEffect(EffectKind.Strength, "history", 1, Side.Partnership), new EventEffect(EffectKind.ThemeWeight, "security", 2, null, "business")]);
        return new ScenarioBuilder().WithId("rich").WithHandSize(6)
            .WithCard("A6", c => c with { Boost = new EventBoost(new CardId("E1"), 1) })
            .WithCard("P6", c => c with { Boost = new EventBoost(new CardId("E3"), 2) })
            .WithCard("A4", c => c with { Targets = [new CardId("P2"), new CardId("X1")] })
            .WithCard("P4", c => c with { Targets = [new CardId("A1"), new CardId("X1")] })
            .WithCard("X2", c => c with { Targets = [new CardId("X1")], Themes = ["trade", "history"] })
            .WithCard("A3", c => c with { Targets = [new CardId("A2")] })
            .WithCard(trade).WithCard(history)
            .Build();
    }
}
