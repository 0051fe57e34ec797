using Debate.Core.Play;
using Debate.Debrief.Tests.Builders;
using Debate.Testing;
using NUnit.Framework;

namespace Debate.Debrief.Tests.Building;

/// <summary>
/// The debrief's move lines say what each move did on the floor, and the floor agrees: every outcome
/// a line states is read back and checked against the match after that move.
/// </summary>
public sealed class MoveOutcomeTests
{
    // Deal seeds 1..150, one to three seats a side, random moves from seed * 7919.
    [Test]
    public void EveryMoveLine_StatesOnlyWhatTheFloorThenShows()
    {
        var scenario = SampleScenario.Build();
        var (lines, stated) = (0, 0);
        var problems = new List<string>();
        for (ulong seed = 1; seed <= 150; seed++)
        {
            var record = Playout.Record(scenario, Playout.SeatsFor(seed), seed);
            var debrief = Debrief.Build(scenario, record, DebriefOptions.Default);
            var moves = debrief.Players.SelectMany(p => p.Moves).OrderBy(m => m.Number).ToList();
            Assert.That(moves, Has.Count.EqualTo(record.Moves.Length));
            var match = MatchSetup.Restart(scenario, record.SeatList(), record.Seed);
            foreach (var line in moves)
            {
                var move = record.MoveAt(line.Number - 1);
                var applied = Rules.Apply(match, move);
                var findings = StatedOutcomes.Check(line.Outcome, match, move, applied);
                lines++;
                stated += findings.Count;
                problems.AddRange(findings.Where(f => f.Problem is not null).Select(f => $"seed {seed}, move {line.Number}: \"{f.Words}\" but {f.Problem}"));
                if (findings.Count == 0)
                {
                    problems.Add($"seed {seed}, move {line.Number}: states no outcome: {line.Outcome}");
                }

                match = applied.Match;
            }
        }

        TestContext.Out.WriteLine($"{lines} move lines, {stated} stated outcomes checked against the floor.");
        Assert.That(problems, Is.Empty, string.Join(Environment.NewLine, problems.Take(20)));
    }
}
