using Debate.Scenarios.Tests.Builders;
using NUnit.Framework;

namespace Debate.Scenarios.Tests;

/// <summary>
/// A generated scenario of 5,000 cards loads clean. How fast it loads is measured by
/// <c>LoaderBenchmarks</c> in Debate.Benchmarks, not here.
/// </summary>
[TestFixture]
public sealed class LargeScenarioTests
{
    [Test]
    public void LoadText_GeneratedScenarioOf5000Cards_LoadsWithEveryCardAndNoDiagnostics()
    {
        var text = LargeScenario.Build(Fixture.ValidText, 5000);
        var options = Fixture.Options() with { MaxBytes = LargeScenario.MaxBytes };

        var result = ScenarioLoader.LoadText(text, "large.yaml", options);

        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(result.Scenario!.Cards, Has.Length.EqualTo(5001));
    }
}
