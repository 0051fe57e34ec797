using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Debate.Core.Content;
using Debate.Core.Play;

namespace Debate.Benchmarks;

/// <summary>
/// The engine's hot paths on a mid-match position (<see cref="Positions.MidMatch"/>: a full floor,
/// the room already leaning): the legal moves, applying a card (a rebuttal or evidence on the floor
/// when there is one), ending the speech (the room leans, the next speaker draws), the deal, and a
/// whole random match from the deal; and the engine's own listing of the legal moves beside the public
/// list (LegalMovesListing). Targets (issue 12): LegalMoves at most 100 ns, ApplyCard at
/// most 150 ns. Applying the same move again to a position shares the floor slot it claimed the first
/// time (as a search going down a line again does); ApplyCardBranch applies another card there, so its
/// floor is copied every time (as a search trying a new move does).
/// </summary>
[MemoryDiagnoser]
public class RulesBenchmarks
{
    private Match midMatch = null!;
    private Move cardMove = null!;
    private Move branchMove = null!;
    private Move endMove = null!;
    private Scenario scenario = null!;
    private readonly MoveListing listing = new();

    [GlobalSetup]
    public void Setup()
    {
        scenario = Positions.Scenario;
        midMatch = Positions.MidMatch();
        var legal = Rules.LegalMoves(midMatch);
        cardMove = legal.FirstOrDefault(m => m.Target is not null) ?? legal[0];
        endMove = Move.End(midMatch.Speaker);
        branchMove = Positions.BranchMove(midMatch, cardMove);
        Console.WriteLine($"// mid-match position: {Positions.Describe(midMatch)}; card move: {cardMove}");
    }

    /// <summary>The public list: an array of the legal moves, made on every call.</summary>
    [Benchmark]
    public ImmutableArray<Move> LegalMoves() => Rules.LegalMoves(midMatch);

    /// <summary>
    /// The engine's listing of the same moves, as simulate's runner and the champion's playouts list them: into a
    /// buffer kept from call to call, then one move read (the one a novice would draw last). Not the public list.
    /// </summary>
    [Benchmark]
    public Move LegalMovesListing()
    {
        var legal = listing.Of(midMatch);
        return legal[legal.Count - 2];
    }

    [Benchmark]
    public Match ApplyCard() => Rules.Apply(midMatch, cardMove).Match;

    [Benchmark]
    public Match ApplyCardBranch() => Rules.Apply(midMatch, branchMove).Match;

    [Benchmark]
    public Match ApplyEndSpeech() => Rules.Apply(midMatch, endMove).Match;

    [Benchmark]
    public Match Deal() => MatchSetup.Start(scenario, Positions.Seats, 42);

    [Benchmark]
    public int RandomMatch()
    {
        var match = MatchSetup.Start(scenario, Positions.Seats, 42);
        var rng = new Rng(42);
        while (!match.IsOver)
        {
            var legal = Rules.LegalMoves(match);
            match = Rules.Apply(match, legal[rng.Next(legal.Length)]).Match;
        }

        return match.MoveCount;
    }
}
