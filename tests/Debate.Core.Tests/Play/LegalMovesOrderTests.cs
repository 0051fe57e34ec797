using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Tests.Builders;
using Debate.Scenarios;
using NUnit.Framework;

namespace Debate.Core.Tests.Play;

public sealed class LegalMovesOrderTests
{
    // The listing works on bit rows of all the cards at once and hands out interned moves (and the short lists
    // "this card or the end" made once); what it must give is the plain listing, in its order (opponents draw an
    // index into it): each card of the speaker's hand in hand order, a claim as itself, evidence and rebuttals on
    // every floor argument the rules accept, in floor order; then ending the speech. Checked on every position of seeded random playouts (seeds
    // 1..80, two and five seats, the sample scenario; seeds 1..20 of the built-in debate), with the hands as the deal
    // plans them and as kept hands.
    [Test]
    public void LegalMoves_EveryPositionOfRandomPlayouts_IsThePlainListingInItsOrder()
    {
        var positions = 0;
        foreach (var (scenario, seats, seeds) in Cases())
        {
            for (ulong seed = 1; seed <= seeds; seed++)
            {
                foreach (var (before, _, _) in Playout.Steps(MatchSetup.Start(scenario, seats, seed), seed * 131))
                {
                    var kept = before with { Hands = before.Hands };
                    foreach (var match in new[] { before, kept })
                    {
                        Assert.That(Rules.LegalMoves(match), Is.EqualTo(PlainListing(match)), $"{seats.Length} seats, seed {seed}, move {match.MoveCount}");
                        positions++;
                    }
                }
            }
        }

        Assert.That(positions, Is.GreaterThan(4000));
    }

    // The engine's own listing (simulate's runner and the champion's playouts read it in place of the list) must hold
    // the very moves of the list, in its order, at every position: one with room to begin with and one that has to
    // make more room (from none) nearly every time; and nothing at the verdict.
    [Test]
    public void MoveListing_EveryPositionOfRandomPlayouts_HoldsTheLegalMovesInTheirOrder()
    {
        var positions = 0;
        foreach (var (scenario, seats, seeds) in Cases())
        {
            for (ulong seed = 1; seed <= seeds / 2; seed++)
            {
                var roomy = new MoveListing();
                Match? last = null;
                foreach (var (before, _, result) in Playout.Steps(MatchSetup.Start(scenario, seats, seed), seed * 131))
                {
                    var kept = before with { Hands = before.Hands };
                    foreach (var match in new[] { before, kept })
                    {
                        var legal = Rules.LegalMoves(match);
                        foreach (var listing in new[] { roomy, new MoveListing(0) })
                        {
                            listing.Of(match);
                            var listed = Enumerable.Range(0, listing.Count).Select(i => listing[i]).ToList();
                            Assert.That(listed, Is.EqualTo(legal).Using<Move>(ReferenceEquals), $"{seats.Length} seats, seed {seed}, move {match.MoveCount}");
                            Assert.That(listing.ToImmutableArray(), Is.EqualTo(legal).Using<Move>(ReferenceEquals));
                            positions++;
                        }
                    }

                    last = result.Match;
                }

                Assert.That(last!.IsOver, Is.True);
                Assert.That(roomy.Of(last).Count, Is.Zero);
                Assert.That(roomy.ToImmutableArray(), Is.Empty);
                Assert.Throws<ArgumentOutOfRangeException>(() => _ = roomy[0]);
            }
        }

        Assert.That(positions, Is.GreaterThan(4000));
    }

    // The sample scenario (its cards fit one 64-bit row) with two and five seats, and the built-in debate, whose
    // hundred-odd cards take two words a row: the listing's bit rows are read a word at a time.
    private static IEnumerable<(Scenario Scenario, SeatSpec[] Seats, ulong Seeds)> Cases()
    {
        var sample = SampleScenario.Build();
        yield return (sample, Playout.TwoSeats, 80);
        yield return (sample, Playout.FiveSeats, 80);
        var builtIn = BuiltInScenarios.Default;
        Assert.That(builtIn.Cards.Length, Is.GreaterThan(64));
        yield return (builtIn, [new("Ana", Side.Alliance), new("Bo", Side.Partnership)], 20);
    }

    private static List<Move> PlainListing(Match match)
    {
        var list = new List<Move>();
        if (match.IsOver)
        {
            return list;
        }

        var seat = match.Speaker;
        foreach (var id in match.Hands[seat])
        {
            var card = match.Scenario.Card(id);
            var tries = card.Kind == CardKind.Claim
                ? [Move.Claim(seat, id)]
                : match.Floor.Select(a => card.Kind == CardKind.Evidence ? Move.Evidence(seat, id, a.Id) : Move.Rebuttal(seat, id, a.Id));
            list.AddRange(tries.Where(move => Rules.Check(match, move) is null));
        }

        list.Add(Move.End(seat));
        return list;
    }
}
