using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Opponents.Reading;

/// <summary>A move in words, for the reasons opponents give.</summary>
internal static class MoveText
{
    public static string Describe(Scenario scenario, Move move) => move.Kind switch
    {
        MoveKind.PlayClaim => $"claiming \"{scenario.Card(move.Card!.Value).Tag}\"",
        MoveKind.PlayEvidence => $"supporting #{move.Target} with \"{scenario.Card(move.Card!.Value).Tag}\"",
        MoveKind.PlayRebuttal => $"rebutting #{move.Target} with \"{scenario.Card(move.Card!.Value).Tag}\"",
        _ => "ending the speech",
    };
}
