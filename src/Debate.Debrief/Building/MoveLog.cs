using System.Collections.Immutable;
using Debate.Core.Play;
using Debate.Core.Previews;
using Debate.Debrief.Model;

namespace Debate.Debrief.Building;

/// <summary>
/// The record's action log read back with the speech each move fell in, the argument it made and
/// what it did on the floor: each move's preview, taken on the match as it stood (the same sentence
/// the board showed before the move, so the debrief says exactly what the rules did). A replayed log
/// is legal, so the n-th card played is argument #n and the n-th end of speech closes speech n.
/// </summary>
internal static class MoveLog
{
    public static ImmutableArray<MoveLine> Of(MatchFacts facts)
    {
        var record = facts.Record;
        var lines = ImmutableArray.CreateBuilder<MoveLine>(record.Moves.Length);
        var match = MatchSetup.Restart(facts.Scenario, record.SeatList(), record.Seed);
        var speech = 0;
        var argument = 0;
        for (var i = 0; i < record.Moves.Length; i++)
        {
            var move = record.Moves[i];
            var played = record.MoveAt(i);
            var outcome = Preview.Of(match, played).Outcome;
            var before = match;
            match = Rules.Apply(match, played).Match;
            var title = facts.Scenario.Speeches[Math.Min(speech, facts.Scenario.Speeches.Length - 1)].Title;
            if (move.Kind == MoveKind.EndSpeech)
            {
                lines.Add(new MoveLine(i + 1, speech, title, move.Kind, null, null, null, "Ended the speech.", outcome, move.Reason));
                speech++;
                continue;
            }

            argument++;
            // As it was said: an Either card with whose case it served and any concession already on the floor.
            var tag = match.Floor.Length > before.Floor.Length ? EitherSide.Tag(match, match.Floor[^1]) : facts.Scenario.Card(new Core.Content.CardId(move.Card!)).Tag;
            var text = move.Kind switch
            {
                MoveKind.PlayClaim => $"Claim {move.Card} (#{argument}): {tag}",
                MoveKind.PlayEvidence => $"Evidence {move.Card} (#{argument}) for #{move.Target}: {tag}",
                _ => $"Rebuttal {move.Card} (#{argument}) against #{move.Target}: {tag}",
            };
            lines.Add(new MoveLine(i + 1, speech, title, move.Kind, move.Card, argument, move.Target, text, outcome, move.Reason));
        }

        return lines.MoveToImmutable();
    }
}
