using Debate.Core.Content;
using Debate.Core.Phases;
using Debate.Core.Play;
using Debate.Core.Tests.Builders;
using Debate.Scenarios;
using NUnit.Framework;

namespace Debate.Core.Tests.Phases;

/// <summary>
/// The Stateless flow and the table the engine compiles from it agree, position by position, over
/// random matches on every scenario file and on variants of the sample: the same state, the same
/// permitted triggers and refusal texts, the same legal moves, and, at each speech's end, the
/// actions Stateless takes are what <see cref="Rules.Apply"/> does.
/// </summary>
public sealed class PhaseAgreementTests
{
    private const int MatchesPerScenario = 120;

    private static readonly Trigger[] Triggers = [Trigger.Start, Trigger.PlayClaim, Trigger.PlayEvidence, Trigger.PlayRebuttal, Trigger.EndSpeech];

    public static IEnumerable<TestCaseData> Scenarios()
    {
        foreach (var name in BuiltInScenarios.Names)
        {
            yield return new TestCaseData(name).SetArgDisplayNames(name);
        }

        foreach (var variant in Variants.Keys)
        {
            yield return new TestCaseData(variant).SetArgDisplayNames(variant);
        }
    }

    private static readonly Dictionary<string, Func<Scenario>> Variants = new()
    {
        ["sample"] = () => SampleScenario.Build(),
        ["sample, four rebuttal rounds"] = () => new ScenarioBuilder().WithPhases(
            SampleScenario.DefaultPhases[0], SampleScenario.DefaultPhases[1] with { Rounds = 4 }, SampleScenario.DefaultPhases[2]).Build(),
        ["sample, an event before the opening and two Partnership speeches in a row"] = () => new ScenarioBuilder().WithPhases(
            SampleScenario.DefaultPhases[0] with { RevealEvent = true },
            new Phase("Reply", 1, false, [SampleScenario.Speech(Side.Partnership, CardKind.Rebuttal), SampleScenario.Speech(Side.Partnership, CardKind.Claim)]),
            SampleScenario.DefaultPhases[2]).Build(),
    };

    // Seeds 1..120 for the deals; moves drawn from seed * 7919 + 1.
    [TestCaseSource(nameof(Scenarios))]
    public void StatelessAndTheCompiledTable_AgreeOnEveryPosition(string name)
    {
        var scenario = Variants.TryGetValue(name, out var make) ? make() : BuiltInScenarios.Load(name);
        var table = PhaseTable.For(scenario);
        for (ulong seed = 1; seed <= MatchesPerScenario; seed++)
        {
            var seats = seed % 3 == 0 ? Playout.FiveSeats : Playout.TwoSeats;
            var match = MatchSetup.Start(scenario, seats, seed);
            var flow = PhaseFlow.Over(match);
            foreach (var (before, move, result) in Playout.Steps(match, (seed * 7919) + 1))
            {
                var at = $"{name}, seed {seed}, move {before.MoveCount + 1} ({table.StateOf(before).Title})";
                Agree(flow, table, before, at);
                Assert.That(result.Accepted, Is.True, at);
                var trigger = TriggerOf(move);
                flow.Fire(trigger);
                var after = result.Match;
                Assert.That(flow.State, Is.EqualTo(table.StateOf(after)), $"{at}: the state after {trigger}");
                if (trigger == Trigger.EndSpeech)
                {
                    Assert.That(flow.Taken, Is.EqualTo(ActionsOf(before, result)), $"{at}: the actions of the speech's end");
                }

                flow.Follow(after);
            }
        }
    }

    [Test]
    public void EveryScenarioFile_CompilesToATableWhoseLeansAndReveals_AreTheScriptsOwn()
    {
        foreach (var name in BuiltInScenarios.Names)
        {
            var scenario = BuiltInScenarios.Load(name);
            var table = PhaseTable.For(scenario);
            foreach (var slot in scenario.Speeches)
            {
                Assert.That(table.ExitActions(slot.Index).Contains(PhaseAction.AudienceLeans), Is.EqualTo(slot.AudienceLeans), $"{name}: {slot.Title}");
                Assert.That(table.EntryActions(slot.Index).Contains(PhaseAction.RevealEvent), Is.EqualTo(slot.RevealsEvent), $"{name}: {slot.Title}");
            }
        }
    }

    private static void Agree(PhaseFlow flow, PhaseTable table, Match match, string at)
    {
        Assert.That(flow.State, Is.EqualTo(table.StateOf(match)), $"{at}: state");
        var permitted = new List<Trigger>();
        foreach (var trigger in Triggers)
        {
            var can = flow.CanFire(trigger, out var unmet);
            var why = table.WhyNot(match, trigger);
            if (can)
            {
                permitted.Add(trigger);
                Assert.That(why, Is.Null, $"{at}: Stateless permits {trigger}, the table says '{why}'");
            }
            else if (unmet is null)
            {
                Assert.That(table.Next(table.StateOf(match), trigger), Is.Null, $"{at}: Stateless has no {trigger} here, the table has");
            }
            else
            {
                Assert.That(why, Is.EqualTo(unmet.First()), $"{at}: why not {trigger}");
            }
        }

        Assert.That(table.Permitted(match), Is.EqualTo(permitted), $"{at}: permitted triggers");
        Assert.That(Rules.LegalMoves(match), Is.EqualTo(MovesStatelessPermits(flow, match)), $"{at}: legal moves");
        foreach (var id in match.Hands[match.Speaker].Distinct())
        {
            var card = match.Scenario.Card(id);
            var trigger = card.Kind switch { CardKind.Claim => Trigger.PlayClaim, CardKind.Evidence => Trigger.PlayEvidence, _ => Trigger.PlayRebuttal };
            if (!flow.CanFire(trigger, out var unmet) && unmet is not null)
            {
                var refused = Rules.Check(match, card.Kind switch
                {
                    CardKind.Claim => Move.Claim(match.Speaker, id),
                    CardKind.Evidence => Move.Evidence(match.Speaker, id, 1),
                    _ => Move.Rebuttal(match.Speaker, id, 1),
                });
                Assert.That(refused?.Reason, Is.EqualTo(unmet.First()), $"{at}: the rules' refusal of {id}");
            }
        }
    }

    // The legal moves worked out from Stateless's answers, the slow way: each card whose play the
    // flow permits and whose time fits, on every target it bears on; then the end of the speech.
    private static List<Move> MovesStatelessPermits(PhaseFlow flow, Match match)
    {
        var moves = new List<Move>();
        var seat = match.Speaker;
        var side = match.Seats[seat].Side;
        foreach (var id in match.Hands[seat])
        {
            var card = match.Scenario.Card(id);
            var trigger = card.Kind switch { CardKind.Claim => Trigger.PlayClaim, CardKind.Evidence => Trigger.PlayEvidence, _ => Trigger.PlayRebuttal };
            if (card.Kind == CardKind.Event || !flow.CanFire(trigger, out _) || card.Cost > match.TimeLeft)
            {
                continue;
            }

            if (card.Kind == CardKind.Claim)
            {
                moves.Add(Move.Claim(seat, id));
                continue;
            }

            foreach (var target in match.Floor.Where(t => Targeting.Allows(match.Scenario, card, side, t)))
            {
                moves.Add(card.Kind == CardKind.Evidence ? Move.Evidence(seat, id, target.Id) : Move.Rebuttal(seat, id, target.Id));
            }
        }

        if (flow.CanFire(Trigger.EndSpeech, out _))
        {
            moves.Add(Move.End(seat));
        }

        return moves;
    }

    // What Rules.Apply did at a speech's end, in the flow's words.
    private static List<PhaseAction> ActionsOf(Match before, ApplyResult result)
    {
        var actions = new List<PhaseAction>();
        foreach (var happening in result.Happenings)
        {
            switch (happening.Kind)
            {
                case HappeningKind.AudienceLeaned when happening.Text != "The room waits to hear the other side before it leans.":
                    actions.Add(PhaseAction.AudienceLeans);
                    break;
                case HappeningKind.EventRevealed:
                    actions.Add(PhaseAction.RevealEvent);
                    break;
                case HappeningKind.SpeechBegan:
                    actions.Add(PhaseAction.DrawAndSetClock);
                    break;
                case HappeningKind.DebateClosed:
                    actions.Add(PhaseAction.Adjudicate);
                    break;
            }
        }

        // A round that reveals an event when the world deck is empty reveals nothing: the flow still says it would.
        var next = before.SpeechIndex + 1;
        if (next < before.Scenario.Speeches.Length && PhaseTable.For(before.Scenario).EntryActions(next).Contains(PhaseAction.RevealEvent)
            && before.EventDeck.Left == 0)
        {
            actions.Insert(actions.IndexOf(PhaseAction.DrawAndSetClock), PhaseAction.RevealEvent);
        }

        return actions;
    }

    private static Trigger TriggerOf(Move move) => move.Kind switch
    {
        MoveKind.PlayClaim => Trigger.PlayClaim,
        MoveKind.PlayEvidence => Trigger.PlayEvidence,
        MoveKind.PlayRebuttal => Trigger.PlayRebuttal,
        _ => Trigger.EndSpeech,
    };
}
