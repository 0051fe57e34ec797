using BenchmarkDotNet.Attributes;
using Debate.Core.Play;
using Debate.Opponents;
using Debate.Opponents.Search;

namespace Debate.Benchmarks;

/// <summary>
/// The champion: search iterations per second (one operation is one iteration; ops/s is the rate),
/// one move under its default time budget, and the debater's choice for comparison.
/// </summary>
[MemoryDiagnoser]
public class ChampionBenchmarks
{
    public const int Iterations = 2000;

    private PlayerView view = null!;
    private System.Collections.Immutable.ImmutableArray<Move> legal;

    [GlobalSetup]
    public void Setup()
    {
        var match = Positions.Choices(1)[0];
        view = PlayerView.Of(match, match.Speaker);
        legal = Rules.LegalMoves(match);
    }

    [Benchmark(OperationsPerInvoke = Iterations)]
    public Move ChampionIteration() =>
        new Champion(1, ChampionOptions.Capped(Iterations), StopwatchClock.Instance).Choose(view, legal).Move;

    [Benchmark]
    public Move ChampionMoveAtDefaultBudget() =>
        new Champion(1, ChampionOptions.Default, StopwatchClock.Instance).Choose(view, legal).Move;

    [Benchmark]
    public Move DebaterMove() => new Debater().Choose(view, legal).Move;
}
