using BenchmarkDotNet.Attributes;
using Debate.Core.Play;

namespace Debate.Benchmarks;

/// <summary>The engine's hot paths: legal moves, applying a move, and a whole random playout.</summary>
[MemoryDiagnoser]
public class RulesBenchmarks
{
    private Match midGame = null!;
    private Move cardMove = null!;
    private Match opening = null!;

    [GlobalSetup]
    public void Setup()
    {
        midGame = Positions.Choices(1)[0];
        cardMove = Rules.LegalMoves(midGame)[0];
        opening = Positions.MidGame(7, 0);
    }

    [Benchmark]
    public int LegalMoves() => Rules.LegalMoves(midGame).Length;

    [Benchmark]
    public Match ApplyCard() => Rules.Apply(midGame, cardMove).Match;

    [Benchmark]
    public Match ApplyEndSpeech() => Rules.Apply(midGame, Move.End(midGame.Speaker)).Match;

    [Benchmark]
    public int RandomPlayout()
    {
        var match = opening;
        var rng = new Rng(42);
        while (!match.IsOver)
        {
            var legal = Rules.LegalMoves(match);
            match = Rules.Apply(match, legal[rng.Next(legal.Length)]).Match;
        }

        return match.MoveCount;
    }
}
