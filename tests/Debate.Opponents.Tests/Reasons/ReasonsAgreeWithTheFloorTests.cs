using System.Collections.Concurrent;
using System.Collections.Immutable;
using Debate.Core.Content;
using Debate.Core.Play;
using Debate.Opponents.Search;
using Debate.Opponents.Tests.Builders;
using Debate.Scenarios;
using NUnit.Framework;

namespace Debate.Opponents.Tests.Reasons;

/// <summary>
/// No reason may claim an outcome the floor does not show. Seeded matches on the built-in scenarios
/// and the sample, with every level and persona on both sides (and two-seat sides), and the hint a
/// practising student would get at each of their turns: every outcome each reason states ("defeats
/// #5, 4 against 4", "too weak for #5: 3 against 4", "reinstates #2", "the room leans towards
/// Alliance", "our standing case gains 6.0", ...) is read back and checked against the floor after
/// the move. The previews of every legal move are checked too on the first matches of each scenario,
/// and each match's verdict by <see cref="VerdictWords"/> (dropped, last word, failed rebuttals, the standing count).
/// </summary>
public sealed class ReasonsAgreeWithTheFloorTests
{
    private const int Matches = 2_000;

    // Deal seeds 1..2000; seat seeds as in the result-equivalence fixture; the champion capped at 40 iterations a move.
    [Test]
    public void EveryStatedOutcome_InEveryReasonAndHint_IsWhatTheFloorShows()
    {
        var scenarios = BuiltInScenarios.Names.Select(BuiltInScenarios.Load)
            .Append(SampleScenario.Build(personas: [SamplePersonas.Hawk, SamplePersonas.Trader])).ToArray();
        var counts = new ConcurrentDictionary<string, int>();
        var problems = new ConcurrentBag<string>();
        var silent = new ConcurrentBag<string>();
        var reasons = 0;
        var previews = 0;
        var verdictCounts = new ConcurrentDictionary<string, int>();
        Parallel.For(1, Matches + 1, seed =>
        {
            var scenario = scenarios[seed % scenarios.Length];
            var lineup = Lineup(scenario, seed);
            var (checkedReasons, checkedPreviews, final) = Play(scenario, lineup, (ulong)seed, seed <= 20 * scenarios.Length, counts, verdictCounts, problems, silent);
            foreach (var problem in VerdictWords.Check(final, verdictCounts))
            {
                problems.Add($"{scenario.Id} seed {seed} verdict: {problem}");
            }

            Interlocked.Add(ref reasons, checkedReasons);
            Interlocked.Add(ref previews, checkedPreviews);
        });

        var total = counts.Values.Sum();
        TestContext.Out.WriteLine($"{Matches} matches: {reasons} reasons and hints, {total} stated outcomes checked against the floor; {previews} legal moves previewed.");
        foreach (var (kind, count) in counts.OrderByDescending(c => c.Value))
        {
            TestContext.Out.WriteLine($"  {kind}: {count}");
        }

        TestContext.Out.WriteLine("Verdicts (each case worked out from the floor and the speeches):");
        foreach (var (kind, count) in verdictCounts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            TestContext.Out.WriteLine($"  {kind}: {count}");
        }

        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty, string.Join(Environment.NewLine, problems.Take(20)));
            // The matches must reach every case of the verdict's words, or the check proves nothing about it.
            Assert.That(verdictCounts.GetValueOrDefault("verdicts"), Is.EqualTo(Matches));
            Assert.That(verdictCounts.GetValueOrDefault("dropped"), Is.GreaterThan(Matches));
            Assert.That(verdictCounts.GetValueOrDefault("last word"), Is.GreaterThan(Matches / 10));
            Assert.That(verdictCounts.GetValueOrDefault("failed rebuttals"), Is.GreaterThan(Matches / 10));
            Assert.That(verdictCounts.GetValueOrDefault("failed rebuttals still standing"), Is.GreaterThan(Matches / 20));
            Assert.That(verdictCounts.GetValueOrDefault("either-side arguments"), Is.GreaterThan(Matches));
            Assert.That(verdictCounts.GetValueOrDefault("shared concessions"), Is.GreaterThan(Matches / 20));
            Assert.That(silent, Is.Empty, "reasons that state no outcome:" + Environment.NewLine + string.Join(Environment.NewLine, silent.Take(10)));
            Assert.That(total, Is.GreaterThan(10 * Matches));
        });
    }

    // Every controller the scenario knows, on both sides, in turn; every fifth match seats two a side.
    private static ImmutableArray<SeatSpec> Lineup(Scenario scenario, int seed)
    {
        var names = OpponentFactory.Names(scenario);
        var alliance = names[seed % names.Count];
        var partnership = names[(seed / names.Count) % names.Count];
        SeatSpec Seat(string name, Side side, int n) => new($"{side} {n}", side, name);
        return seed % 5 == 0
            ? [Seat(alliance, Side.Alliance, 1), Seat("debater", Side.Alliance, 2), Seat(partnership, Side.Partnership, 1), Seat("novice", Side.Partnership, 2)]
            : [Seat(alliance, Side.Alliance, 1), Seat(partnership, Side.Partnership, 1)];
    }

    private static (int Reasons, int Previews, Match Final) Play(
        Scenario scenario, ImmutableArray<SeatSpec> seats, ulong seed, bool previewAll,
        ConcurrentDictionary<string, int> counts, ConcurrentDictionary<string, int> verdictCounts, ConcurrentBag<string> problems, ConcurrentBag<string> silent)
    {
        var match = MatchSetup.Start(scenario, seats, seed);
        var opponents = seats.Select((s, i) => OpponentFactory.Create(s.Controller, scenario, seed * 31 + (ulong)i, ChampionOptions.Capped(40), new FrozenClock())).ToArray();
        var (reasons, previews) = (0, 0);
        void Check(string who, string? reason, Match before, Move move, ApplyResult applied)
        {
            if (reason is null)
            {
                return;
            }

            reasons++;
            var findings = StatedOutcomes.Check(reason, before, move, applied);
            if (findings.Count == 0)
            {
                silent.Add($"{scenario.Id} seed {seed} {who}: {reason}");
            }

            foreach (var f in findings)
            {
                counts.AddOrUpdate(f.Kind, 1, (_, n) => n + 1);
                if (f.Problem is not null)
                {
                    problems.Add($"{scenario.Id} seed {seed} {who}, {move}: \"{f.Words}\" but {f.Problem}. Reason: {reason}");
                }
            }
        }

        while (!match.IsOver)
        {
            var speaker = match.Speaker;
            var view = PlayerView.Of(match, speaker);
            var legal = Rules.LegalMoves(match);
            if (previewAll)
            {
                foreach (var move in legal)
                {
                    foreach (var p in PreviewCheck.Disagreements(match, move, out _))
                    {
                        problems.Add($"{scenario.Id} seed {seed}: {p}");
                    }

                    previews++;
                }
            }

            // The hint a student in this seat would be given, checked as if they had followed it.
            var hint = Hint.For(view, legal);
            Check("hint", hint.Reason, match, hint.Move, Rules.Apply(match, hint.Move));

            var choice = opponents[speaker].Choose(view, legal);
            var applied = Rules.Apply(match, choice.Move);
            Assert.That(applied.Accepted, Is.True, applied.Rejection?.Reason);
            Check(opponents[speaker].Name, choice.Reason, match, choice.Move, applied);
            if (VerdictWords.CheckPlayed(match, applied, verdictCounts) is { } wrong)
            {
                problems.Add($"{scenario.Id} seed {seed}: {wrong}");
            }

            match = applied.Match;
        }

        return (reasons, previews, match);
    }
}
