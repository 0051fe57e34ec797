using Debate.Core.Adjudication;
using Debate.Core.Audience;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Audience;

public sealed class SpeechEndLeanTests
{
    // The engine leans the room at a speech's end with its own arithmetic on card indices and on tables by class of
    // card (FloorMath); the strengths card by card and the audience model's public, plain computation from the floor's
    // labels must give the very same numbers, to the bit. Every speech end that
    // leans in seeded random playouts (seeds 1..40) of the built-in debate (five blocs, events in play) and of the
    // sample scenario (two blocs), with two and five seats.
    [Test]
    public void SpeechEnd_EveryLeanOfRandomPlayouts_IsTheAudienceModelsLeanToTheBit()
    {
        var leans = 0;
        foreach (var scenario in new[] { Debate.Scenarios.BuiltInScenarios.Default, SampleScenario.Build() })
        {
            foreach (var seats in new[] { Playout.TwoSeats, Playout.FiveSeats })
            {
                for (ulong seed = 1; seed <= 40; seed++)
                {
                    foreach (var (before, move, result) in Playout.Steps(MatchSetup.Start(scenario, seats, seed), seed * 17))
                    {
                        if (move.Kind != MoveKind.EndSpeech || !before.CurrentSpeech!.AudienceLeans)
                        {
                            continue;
                        }

                        Assert.That(Strengths.Of(before), Is.EqualTo(StrengthsCardByCard(before)), $"{scenario.Id}, seed {seed}, move {before.MoveCount}");
                        var expected = AudienceModel.Lean(before, FloorLabels.Of(before));
                        var actual = result.Match.Audience;
                        Assert.That(actual.Length, Is.EqualTo(expected.Length));
                        for (var b = 0; b < expected.Length; b++)
                        {
                            Assert.That(
                                (Bits(actual[b].For), Bits(actual[b].Against), Bits(actual[b].Undecided)),
                                Is.EqualTo((Bits(expected[b].For), Bits(expected[b].Against), Bits(expected[b].Undecided))),
                                $"{scenario.Id}, {seats.Length} seats, seed {seed}, speech {before.SpeechIndex}, bloc {b}");
                        }

                        leans += before.EventsInPlay.Length > 0 ? 1 : 0;
                    }
                }
            }
        }

        // Enough of them with events in play, whose weights and bonuses the engine reads from its own tables.
        Assert.That(leans, Is.GreaterThan(200));
    }

    // Each argument's own strength (its card's, the events' bonus for its card and side, a direct answer's) plus the
    // own strength of the evidence supporting it: the rule, read card by card through the public Strengths.Own.
    private static int[] StrengthsCardByCard(Match match)
    {
        var floor = match.Floor;
        var result = floor.Select(a => Strengths.Own(match, a)).ToArray();
        foreach (var a in floor)
        {
            if (a.Kind == CardKind.Evidence && a.Target is int target)
            {
                result[target - 1] += Strengths.Own(match, a);
            }
        }

        return result;
    }

    private static long Bits(double value) => BitConverter.DoubleToInt64Bits(value);
}
