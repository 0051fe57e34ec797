using System.Collections.Immutable;
using Debate.Core.Play;
using Debate.Debrief.Model;

namespace Debate.Debrief.Building;

/// <summary>
/// The record's action log read back with the speech each move fell in and the argument it made:
/// a replayed log is legal, so the n-th card played is argument #n and the n-th end of speech closes speech n.
/// </summary>
internal static class MoveLog
{
    public static ImmutableArray<MoveLine> Of(MatchFacts facts)
    {
        var record = facts.Record;
        var lines = ImmutableArray.CreateBuilder<MoveLine>(record.Moves.Length);
        var speech = 0;
        var argument = 0;
        for (var i = 0; i < record.Moves.Length; i++)
        {
            var move = record.Moves[i];
            var title = facts.Scenario.Speeches[Math.Min(speech, facts.Scenario.Speeches.Length - 1)].Title;
            if (move.Kind == MoveKind.EndSpeech)
            {
                lines.Add(new MoveLine(i + 1, speech, title, move.Kind, null, null, null, "Ended the speech.", move.Reason));
                speech++;
                continue;
            }

            argument++;
            var tag = facts.Scenario.Card(new Core.Content.CardId(move.Card!)).Tag;
            var text = move.Kind switch
            {
                MoveKind.PlayClaim => $"Claim {move.Card} (#{argument}): {tag}",
                MoveKind.PlayEvidence => $"Evidence {move.Card} (#{argument}) for #{move.Target}: {tag}",
                _ => $"Rebuttal {move.Card} (#{argument}) against #{move.Target}: {tag}",
            };
            lines.Add(new MoveLine(i + 1, speech, title, move.Kind, move.Card, argument, move.Target, text, move.Reason));
        }

        return lines.MoveToImmutable();
    }
}
