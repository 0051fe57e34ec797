using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Previews;

namespace Debate.Opponents.Reading;

/// <summary>
/// A move in words, for the reasons opponents give: what the move is and, from its preview, what it
/// does on the floor ("Rebuts #5 "..." with P25: defeats #5, 4 against 4 (direct answer +1)").
/// </summary>
internal static class MoveText
{
    /// <summary>The move as a gerund, for comparisons ("rebutting #5 with "..."").</summary>
    public static string Describe(Scenario scenario, Move move) => move.Kind switch
    {
        MoveKind.PlayClaim => $"claiming \"{scenario.Card(move.Card!.Value).Tag}\"",
        MoveKind.PlayEvidence => $"supporting #{move.Target} with \"{scenario.Card(move.Card!.Value).Tag}\"",
        MoveKind.PlayRebuttal => $"rebutting #{move.Target} with \"{scenario.Card(move.Card!.Value).Tag}\"",
        _ => "ending the speech",
    };

    /// <summary>The move and its outcome on the floor, as one clause that starts a reason.</summary>
    public static string Said(FloorReading reading, MovePreview preview)
    {
        var move = preview.Move;
        var target = move.Target is int t ? reading.Match.ArgumentById(t) : null;
        var what = move.Kind switch
        {
            MoveKind.PlayClaim => $"Claims {reading.Quote(move.Card!.Value)} ({move.Card})",
            MoveKind.PlayEvidence => $"Supports #{move.Target} {reading.Quote(target!.Card)} with {move.Card}",
            MoveKind.PlayRebuttal => $"Rebuts #{move.Target} {reading.Quote(target!.Card)} with {move.Card}",
            _ => "Ends the speech",
        };
        return $"{what}: {preview.Outcome}";
    }
}
