using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Records;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Play;

public sealed class PlayoutInvariantTests
{
    private static readonly Scenario Sample = SampleScenario.Build();

    private static IEnumerable<Match> States(IReadOnlyList<SeatSpec> seats, ulong seed)
    {
        var start = MatchSetup.Start(Sample, seats, seed);
        yield return start;
        foreach (var step in Playout.Steps(start, seed * 31))
        {
            yield return step.Result.Match;
        }
    }

    // Seeds 501..1000 with five seats: the match ends within the script's bound, cards are conserved,
    // time never goes negative and every vote sums to 100.
    [Test]
    public void RandomPlayouts_WithFiveSeatsFromSeeds501To1000_EndWithinBoundAndConserveCards()
    {
        // Each speech ends at the latest when its hand runs out: cards a side can ever hold, plus one end per speech.
        var bound = Sample.DeckOf(Side.Alliance).Count() + Sample.DeckOf(Side.Partnership).Count() + Sample.Speeches.Length;
        for (ulong seed = 501; seed <= 1000; seed++)
        {
            var states = States(Playout.FiveSeats, seed).ToList();
            var last = states[^1];

            Assert.That(last.IsOver, Is.True, $"seed {seed}");
            Assert.That(last.MoveCount, Is.LessThanOrEqualTo(bound), $"seed {seed}");
            foreach (var match in states)
            {
                AssertCardsConserved(match, seed);
                Assert.That(match.TimeLeft, Is.InRange(0, 3), $"seed {seed}");
                foreach (var vote in match.Audience)
                {
                    Assert.That(vote.For + vote.Against + vote.Undecided, Is.EqualTo(100).Within(1e-9), $"seed {seed}");
                }
            }
        }
    }

    private static void AssertCardsConserved(Match match, ulong seed)
    {
        foreach (var side in new[] { Side.Alliance, Side.Partnership })
        {
            var deck = match.DeckOf(side);
            var held = deck.Order.Skip(deck.Drawn)
                .Concat(match.Seats.Where(s => s.Side == side).SelectMany(s => match.Hands[s.Index]))
                .Concat(match.Floor.Where(a => a.Side == side).Select(a => a.Card))
                .Select(c => c.Value);
            Assert.That(held, Is.EquivalentTo(Sample.DeckOf(side).Select(c => c.Id.Value)), $"seed {seed}, {side}, move {match.MoveCount}");
        }

        var events = match.EventsInPlay.Concat(match.EventDeck.Order.Skip(match.EventDeck.Drawn)).Select(c => c.Value);
        Assert.That(events, Is.EquivalentTo(Sample.Events.Select(e => e.Id.Value)), $"seed {seed}, events");
    }

    // Seeds 1..60: Check accepts exactly the legal moves. Every card of the scenario, every kind of play and
    // every target from 0 to one past the floor is tried by the speaker and by another seat.
    [Test]
    public void RandomPlayouts_FromSeeds1To60_CheckAcceptsExactlyTheLegalMoves()
    {
        var kinds = new[] { MoveKind.PlayClaim, MoveKind.PlayEvidence, MoveKind.PlayRebuttal };
        for (ulong seed = 1; seed <= 60; seed++)
        {
            foreach (var match in States(Playout.FiveSeats, seed))
            {
                var legal = Rules.LegalMoves(match).ToHashSet();
                var seats = match.IsOver ? [0] : new[] { match.Speaker, (match.Speaker + 1) % match.Seats.Length };
                var candidates = new List<Move>();
                foreach (var seat in seats)
                {
                    candidates.Add(Move.End(seat));
                    foreach (var card in Sample.Cards)
                    {
                        foreach (var kind in kinds)
                        {
                            candidates.Add(new Move(seat, kind, card.Id));
                            for (var target = 0; target <= match.Floor.Length + 1; target++)
                            {
                                candidates.Add(new Move(seat, kind, card.Id, target));
                            }
                        }
                    }
                }

                var disagreements = candidates
                    .Where(move => (Rules.Check(match, move) is null)
                        != (legal.Contains(move) || (move.Kind == MoveKind.PlayClaim && legal.Contains(move with { Target = null }))))
                    .Select(move => $"{move} -> {Rules.Check(match, move)?.Reason ?? "accepted"}")
                    .ToList();
                Assert.That(disagreements, Is.Empty, $"seed {seed}, move {match.MoveCount}");
            }
        }
    }

    // Seeds 1..200: every legal move is accepted and a random illegal one is refused, leaving the match as it was.
    [Test]
    public void RandomPlayouts_FromSeeds1To200_AcceptEveryLegalMoveAndRefuseARandomIllegalOne()
    {
        for (ulong seed = 1; seed <= 200; seed++)
        {
            var rng = new Rng(seed ^ 0xABCDEF);
            foreach (var match in States(Playout.TwoSeats, seed))
            {
                var hash = StateHash.Of(match);
                foreach (var move in Rules.LegalMoves(match))
                {
                    Assert.That(Rules.Apply(match, move).Accepted, Is.True, $"seed {seed}: {move}");
                }

                var illegal = RandomIllegalMove(match, ref rng);
                var result = Rules.Apply(match, illegal);
                Assert.That(result.Accepted, Is.False, $"seed {seed}: {illegal}");
                Assert.That(result.Match, Is.SameAs(match));
                Assert.That(result.Rejection!.Reason, Is.Not.Empty);
                Assert.That(StateHash.Of(match), Is.EqualTo(hash));
            }
        }
    }

    private static Move RandomIllegalMove(Match match, ref Rng rng)
    {
        var legal = Rules.LegalMoves(match).ToHashSet();
        while (true)
        {
            var seat = rng.Next(match.Seats.Length + 1);
            var kind = (MoveKind)rng.Next(4);
            var card = Sample.Cards[rng.Next(Sample.Cards.Length)].Id;
            var move = kind switch
            {
                MoveKind.EndSpeech => Move.End(seat),
                MoveKind.PlayClaim => Move.Claim(seat, card),
                _ => new Move(seat, kind, card, rng.Next(match.Floor.Length + 2)),
            };
            if (!legal.Contains(move))
            {
                return move;
            }
        }
    }
}
