using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Records;

namespace Debate.Core.Tests.Builders;

/// <summary>Seeded random playouts: every seat picks a random legal move until the verdict.</summary>
public static class Playout
{
    public static readonly SeatSpec[] TwoSeats = [new("Ana", Side.Alliance), new("Bo", Side.Partnership)];

    public static readonly SeatSpec[] FiveSeats =
    [
        new("Ana", Side.Alliance), new("Bo", Side.Partnership), new("Cy", Side.Alliance),
        new("Di", Side.Partnership), new("Ed", Side.Partnership),
    ];

    /// <summary>Every step of a playout: the match before, the move and the result.</summary>
    public static IEnumerable<(Match Before, Move Move, ApplyResult Result)> Steps(Match start, ulong moveSeed)
    {
        var rng = new Rng(moveSeed);
        var match = start;
        var guard = 0;
        while (!match.IsOver)
        {
            var moves = Rules.LegalMoves(match);
            var move = moves[rng.Next(moves.Length)];
            var result = Rules.Apply(match, move);
            yield return (match, move, result);
            if (!result.Accepted || ++guard > 1000)
            {
                yield break;
            }

            match = result.Match;
        }
    }

    /// <summary>Plays a whole match and records it.</summary>
    public static (Match Final, MatchRecord Record) Play(Scenario scenario, IReadOnlyList<SeatSpec> seats, ulong seed)
    {
        var match = MatchSetup.Start(scenario, seats, seed);
        var record = MatchRecord.Begin(match);
        foreach (var (_, move, result) in Steps(match, seed * 7919))
        {
            record = record.With(move, result.Match);
            match = result.Match;
        }

        return (match, record);
    }
}
