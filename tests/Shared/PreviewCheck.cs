using Debate.Core.Adjudication;
using Debate.Core.Audience;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Previews;

namespace Debate.Testing;

/// <summary>
/// Compares a move's preview, taken from the mover's <see cref="PlayerView"/>, with what
/// <see cref="Rules.Apply"/> then does to the real match (hidden cards and all): legality, the
/// argument made, every strength and grounded label, each term of the new strength, what evidence
/// backs or a rebuttal defeats, what is reinstated or falls, each bloc's standing weights, the room's
/// lean, and every outcome its sentence states. Returns what disagrees; empty when all agrees.
/// </summary>
public static class PreviewCheck
{
    public static List<string> Disagreements(Match match, Move move, out int statedOutcomes)
    {
        var preview = Preview.Of(PlayerView.Of(match, move.Seat), move);
        var applied = Rules.Apply(match, move);
        var problems = new List<string>();
        void Expect(bool ok, string what)
        {
            if (!ok)
            {
                problems.Add($"{move}: {what} (preview: {preview.Outcome})");
            }
        }

        statedOutcomes = 0;
        Expect(preview.Legal == applied.Accepted, $"legal {preview.Legal}, Apply accepted {applied.Accepted}");
        if (!applied.Accepted || !preview.Legal)
        {
            Expect(preview.Rejection?.Code == applied.Rejection?.Code, $"rejection {preview.Rejection?.Code} against {applied.Rejection?.Code}");
            return problems;
        }

        var after = applied.Match;
        var before = FloorLabels.Of(match);
        var labels = FloorLabels.Of(after);
        Expect(preview.Before.Strengths.SequenceEqual(before.Strengths) && preview.Before.Labels.SequenceEqual(before.Labels), "the floor before differs");
        if (move.Kind == MoveKind.EndSpeech)
        {
            var lean = preview.Lean!;
            var slot = match.CurrentSpeech!;
            Expect(lean.Leans == slot.AudienceLeans, "whether the room leans");
            Expect(lean.After.SequenceEqual(after.AudienceAfterSpeech[^1]) && after.Audience.SequenceEqual(lean.Leans ? lean.After : match.Audience), "the votes after the speech");
            Expect(lean.ClosesDebate == after.IsOver, "whether the debate closes");
        }
        else
        {
            CheckPlay(match, move, preview, after, before, labels, Expect);
        }

        foreach (var finding in StatedOutcomes.Check(preview.Outcome, match, move, applied))
        {
            statedOutcomes++;
            Expect(finding.Problem is null, $"states \"{finding.Words}\" but {finding.Problem}");
        }

        Expect(statedOutcomes > 0, "its sentence states no outcome the checker can read");
        return problems;
    }

    private static void CheckPlay(Match match, Move move, MovePreview preview, Match after, FloorLabels before, FloorLabels labels, Action<bool, string> expect)
    {
        var made = after.Floor[^1];
        var id = made.Id;
        var card = match.Scenario.Card(made.Card);
        expect(preview.Argument == made, $"argument {preview.Argument} against {made}");
        expect(preview.After.Strengths.SequenceEqual(labels.Strengths) && preview.After.Labels.SequenceEqual(labels.Labels), "the floor after differs");

        // The strength's terms, added here from the card and the events, must give the floor's strength.
        var strength = preview.Strength!;
        var direct = Targeting.IsDirectAnswer(after, made);
        expect(strength.Total == labels.Strengths[id - 1] && strength.Total == Strengths.Own(after, made), $"strength {strength.Total} against {labels.Strengths[id - 1]}");
        expect(strength.Card == card.Strength, "the card's strength");
        expect(strength.Modifiers.Any(m => m.Kind == ModifierKind.DirectAnswer) == direct, "the direct answer term");
        expect(strength.Card + strength.Modifiers.Sum(m => m.Delta) == card.Strength + (direct ? Targeting.DirectAnswerBonus : 0) + Strengths.EventBonus(after, card, made.Side), "the sum of the terms");
        expect(strength.Total == Math.Max(1, strength.Card + strength.Modifiers.Sum(m => m.Delta)), "never below 1");

        var judged = FloorJudgement.Of(after);
        var judgedBefore = FloorJudgement.Of(match);
        if (made.Target is int t)
        {
            var targetCard = match.Scenario.Card(match.Floor[t - 1].Card);
            var bearing = card.Targets.Contains(targetCard.Id) ? Bearing.Named : Bearing.SharedTheme;
            expect(preview.Bearing == bearing, $"bearing {preview.Bearing} against {bearing}");
            if (made.Kind == CardKind.Evidence)
            {
                var support = preview.Support!;
                expect(support.Target == t && support.Before == judgedBefore[t - 1].Strength && support.After == judged[t - 1].Strength, "the backed argument's strengths");
                expect(support.After - support.Before == judged[id - 1].Strength, "evidence adds its strength");
            }
            else
            {
                var attack = preview.Attack!;
                var defeated = judged[t - 1].Label == Label.Defeated && judged[t - 1].DefeatedBy.Contains(id);
                expect(attack.Target == t && attack.Defeats == defeated, $"defeats {attack.Defeats}, the floor says {defeated}");
                expect(attack.Strength == judged[id - 1].Strength && attack.TargetStrength == judged[t - 1].Strength, "the two strengths");
                expect(attack.Defeats == (attack.Strength >= attack.TargetStrength), "at least as strong defeats");
                expect(attack.DirectAnswer == direct, "direct answer");
                expect(attack.TargetBefore == judgedBefore[t - 1].Label && attack.AlreadyDefeatedBy.SequenceEqual(judgedBefore[t - 1].DefeatedBy), "the target before");
            }
        }
        else
        {
            expect(preview.Support is null && preview.Attack is null, "a claim supports and attacks nothing");
        }

        var changed = match.Floor.Where(a => judgedBefore[a.Id - 1].Label != judged[a.Id - 1].Label).Select(a => a.Id);
        expect(preview.Changes.Select(c => c.Id).SequenceEqual(changed), "the arguments whose label changes");
        expect(preview.Changes.All(c => c.Before == judgedBefore[c.Id - 1].Label && c.After == judged[c.Id - 1].Label), "the labels of what changes");
        for (var b = 0; b < match.Scenario.Blocs.Length; b++)
        {
            var (a0, p0) = AudienceModel.Pressure(match, before, b);
            var (a1, p1) = AudienceModel.Pressure(after, labels, b);
            var w = preview.Weights[b];
            expect(w.AllianceBefore == a0 && w.PartnershipBefore == p0 && w.AllianceAfter == a1 && w.PartnershipAfter == p1, $"bloc {w.Name}'s standing weights");
        }

        var side = match.Seats[move.Seat].Side;
        expect(Math.Abs(preview.BalanceChange(side) - (StatedOutcomes.Balance(after, side) - StatedOutcomes.Balance(match, side))) < 1e-9, "the room's balance");
    }
}
