using Debate.Console.Simulation;
using Debate.Console.Simulation.Balance;
using Debate.Scenarios;
using Debate.Scenarios.Authoring;
using NUnit.Framework;

namespace Debate.Console.Tests.Simulation;

/// <summary>
/// The scenario `debate scenario new` writes is a fair start: neither side wins much more than half of
/// mirror games at novice or debater level. The README's figures come from 4,000 games a level
/// (`debate balance new.yaml --games 4000`); here 1,000 seeded games (seed 1), with a wider band for the smaller sample.
/// </summary>
public sealed class TemplateBalanceTests
{
    [TestCase("novice")]
    [TestCase("debater")]
    public void Template_MirrorGames_NeitherSideWinsMuchMoreThanHalf(string level)
    {
        var scenario = ScenarioLoader.LoadText(ScenarioTemplate.For("template-balance"), "template.yaml").OrThrow();
        var pairings = Pairing.RoundRobin([level], mirrors: true);

        var batches = Batch.Play(scenario, pairings, 1000, seed: 1, OpponentSettings.Capped(100), "template", TextWriter.Null);
        var report = BalanceReport.Of(scenario, 1000, 1, 0, batches);

        var result = report.Pairings.Single().Result;
        Assert.That(result.AllianceWins.Value, Is.InRange(0.43, 0.57), $"Alliance wins {result.AllianceWins} at {level} level");
        Assert.That(result.PartnershipWins.Value, Is.InRange(0.43, 0.57), $"Partnership wins {result.PartnershipWins} at {level} level");
    }
}
