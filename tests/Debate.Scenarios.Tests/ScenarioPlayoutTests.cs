using Debate.Core.Adjudication;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Core.Records;
using Debate.Scenarios.Tests.Builders;
using NUnit.Framework;

namespace Debate.Scenarios.Tests;

/// <summary>
/// Every file in the repository's <c>scenarios/</c> plays to a verdict: seeded random matches with
/// two seats and with three a side, every move legal, each match ending within its bound, judged with
/// reasons, and its record replaying to the same states.
/// </summary>
[TestFixture]
public sealed class ScenarioPlayoutTests
{
    /// <summary>The game seeds played on every file, both seatings: 1 to 50.</summary>
    private const ulong FirstSeed = 1;

    private const ulong LastSeed = 50;

    /// <summary>The random moves of game <c>seed</c> come from <c>new Rng(seed * MoveSeedFactor)</c>, apart from the deal's stream.</summary>
    private const ulong MoveSeedFactor = 7919;

    private static readonly SeatSpec[] TwoSeats = [new("Ana", Side.Alliance), new("Bo", Side.Partnership)];

    private static readonly SeatSpec[] SixSeats =
    [
        new("Ana", Side.Alliance), new("Bo", Side.Partnership), new("Cy", Side.Alliance),
        new("Di", Side.Partnership), new("Ed", Side.Alliance), new("Flo", Side.Partnership),
    ];

    public static IEnumerable<TestCaseData> Files() =>
        Directory.EnumerateFiles(Path.Combine(Fixture.RepoRoot, "scenarios"), "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileName(f))
                .SetName($"ScenarioFile_{Path.GetFileNameWithoutExtension(f)}_RandomMatchesFromSeeds1To50PlayToAVerdictAndReplay"));

    [TestCaseSource(nameof(Files))]
    public void ScenarioFile_SeededRandomMatches_PlayToAVerdictAndReplay(string name)
    {
        var path = Path.Combine(Fixture.RepoRoot, "scenarios", name);
        var loaded = ScenarioLoader.LoadFile(path, new LoadOptions { SeedsDirectory = Path.Combine(Fixture.RepoRoot, "seeds") });
        Assert.That(loaded.Succeeded, Is.True, string.Join("\n", loaded.Diagnostics));
        var scenario = loaded.Scenario!;

        // A move either plays a card, which leaves a hand for good, or ends a speech.
        var bound = scenario.DeckOf(Side.Alliance).Count() + scenario.DeckOf(Side.Partnership).Count() + scenario.Speeches.Length;
        foreach (var (seating, seats) in new[] { ("2 seats", TwoSeats), ("3+3 seats", SixSeats) })
        {
            for (var seed = FirstSeed; seed <= LastSeed; seed++)
            {
                PlayToTheEnd(scenario, seats, seed, bound, $"{name}, {seating}, seed {seed}");
            }
        }
    }

    private static void PlayToTheEnd(Scenario scenario, SeatSpec[] seats, ulong seed, int bound, string game)
    {
        var match = MatchSetup.Start(scenario, seats, seed);
        var record = MatchRecord.Begin(match);
        var rng = new Rng(seed * MoveSeedFactor);
        while (!match.IsOver)
        {
            Assert.That(match.MoveCount, Is.LessThan(bound), $"{game}: still not over after {bound} moves");
            var legal = Rules.LegalMoves(match);
            Assert.That(legal, Is.Not.Empty, $"{game}: no legal move at move {match.MoveCount + 1}");
            var move = legal[rng.Next(legal.Length)];

            var result = Rules.Apply(match, move);

            Assert.That(result.Accepted, Is.True, $"{game}: move {match.MoveCount + 1} ({move}) refused: {result.Rejection?.Reason}");
            record = record.With(move, result.Match);
            match = result.Match;
        }

        var verdict = Adjudicator.Judge(match);
        Assert.That(verdict.Reason.Lines, Is.Not.Empty.And.All.Not.Empty, $"{game}: the verdict gives no reasons");

        var replay = Replay.Run(scenario, record);
        Assert.That(replay.Verified, Is.True, $"{game}: {replay.Reason}");
        Assert.That(StateHash.Of(replay.Match!), Is.EqualTo(StateHash.Of(match)), $"{game}: the replay ends elsewhere");
    }
}
