using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Records;

namespace Debate.Debrief.Tests.Builders;

/// <summary>Seeded random playouts: every seat picks a random legal move until the verdict, and the match is recorded.</summary>
public static class Playout
{
    // Names that occur nowhere in the sample scenario, so a test can look for them in an export.
    public static readonly SeatSpec[] TwoSeats = [new("Zofia Kowalczyk", Side.Alliance), new("Bartholomew Quince", Side.Partnership)];

    public static readonly SeatSpec[] FourSeats =
    [
        new("Zofia Kowalczyk", Side.Alliance), new("Bartholomew Quince", Side.Partnership),
        new("Ingrid Solberg", Side.Alliance), new("Tomasz Wren", Side.Partnership, "novice"),
    ];

    public static MatchRecord Record(Scenario scenario, IReadOnlyList<SeatSpec> seats, ulong seed, int? stopAfter = null)
    {
        var match = MatchSetup.Start(scenario, seats, seed);
        var record = MatchRecord.Begin(match);
        var rng = new Rng(seed * 7919);
        while (!match.IsOver && (stopAfter is null || record.Moves.Length < stopAfter))
        {
            var moves = Rules.LegalMoves(match);
            var move = moves[rng.Next(moves.Length)];
            var result = Rules.Apply(match, move);
            record = record.With(move, result.Match);
            match = result.Match;
        }

        return record;
    }

    /// <summary>Seats for a seed: one to three a side, so round trips cover every table size.</summary>
    public static SeatSpec[] SeatsFor(ulong seed)
    {
        var alliance = 1 + (int)(seed % 3);
        var partnership = 1 + (int)(seed / 3 % 3);
        return
        [
            .. Enumerable.Range(1, alliance).Select(i => new SeatSpec($"Ally{i}", Side.Alliance)),
            .. Enumerable.Range(1, partnership).Select(i => new SeatSpec($"Partner{i}", Side.Partnership)),
        ];
    }
}
