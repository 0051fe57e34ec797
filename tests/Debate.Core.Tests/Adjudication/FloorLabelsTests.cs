using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Adjudication;

public sealed class FloorLabelsTests
{
    // The engine labels a floor in one backward pass (a rebuttal only answers an earlier argument); the general
    // grounded extension must agree on every floor the rules can make: every position of seeded random playouts
    // (seeds 1..60, two and five seats, the sample scenario).
    [Test]
    public void Of_EveryPositionOfRandomPlayouts_AgreesWithTheGroundedExtension()
    {
        var scenario = SampleScenario.Build();
        var floors = 0;
        foreach (var seats in new[] { Playout.TwoSeats, Playout.FiveSeats })
        {
            for (ulong seed = 1; seed <= 60; seed++)
            {
                foreach (var (before, _, result) in Playout.Steps(MatchSetup.Start(scenario, seats, seed), seed * 31))
                {
                    foreach (var match in new[] { before, result.Match })
                    {
                        var labels = FloorLabels.Of(match);
                        var expected = GroundedExtension.Compute(match.Floor.Length, labels.Attacks);
                        Assert.That(labels.Labels, Is.EqualTo(expected), $"{seats.Length} seats, seed {seed}, move {match.MoveCount}");
                        floors++;
                    }
                }
            }
        }

        Assert.That(floors, Is.GreaterThan(1000));
    }

    // A floor built by hand may hold a rebuttal of a later argument (the rules never make one): the general work
    // list labels it, cycles included.
    [Test]
    public void Of_ARebuttalOfALaterArgument_IsLabelledByTheGeneralExtension()
    {
        var match = MatchSetup.Start(SampleScenario.Build(), Playout.TwoSeats, 5) with
        {
            Floor =
            [
                new Argument(1, new CardId("A5"), Side.Alliance, 0, CardKind.Rebuttal, 3, 0),
                new Argument(2, new CardId("A1"), Side.Alliance, 0, CardKind.Claim, null, 0),
                new Argument(3, new CardId("P1"), Side.Partnership, 1, CardKind.Claim, null, 1),
            ],
        };

        var labels = FloorLabels.Of(match);

        Assert.That(labels.Labels, Is.EqualTo(GroundedExtension.Compute(3, labels.Attacks)));
    }
}
