using BenchmarkDotNet.Attributes;
using Debate.Scenarios;
using Debate.Scenarios.Tests.Builders;

namespace Debate.Benchmarks;

/// <summary>
/// The scenario loader, read, parsed and validated from text. Targets (once timed unit tests, now
/// here): the built-in scenario in under 150 ms; a generated scenario of 5,000 cards in under 1 s.
/// Run from this project's folder: <c>dotnet run -c Release -- --filter '*LoaderBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class LoaderBenchmarks
{
    public const int GeneratedCards = 5000;

    private string builtIn = null!;
    private string generated = null!;
    private LoadOptions generatedOptions = null!;

    [GlobalSetup]
    public void Setup()
    {
        builtIn = BuiltInScenarios.Text(BuiltInScenarios.DefaultName)!;
        var fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        generated = LargeScenario.Build(File.ReadAllText(Path.Combine(fixtures, "valid.yaml")), GeneratedCards);
        generatedOptions = new LoadOptions { SeedsDirectory = Path.Combine(fixtures, "seeds"), MaxBytes = LargeScenario.MaxBytes };

        // Measure the path that succeeds, not an early failure.
        ScenarioLoader.LoadText(builtIn, "default.yaml").OrThrow();
        ScenarioLoader.LoadText(generated, "large.yaml", generatedOptions).OrThrow();
    }

    [Benchmark]
    public LoadResult LoadBuiltInScenario() => ScenarioLoader.LoadText(builtIn, "default.yaml");

    [Benchmark]
    public LoadResult LoadGeneratedScenarioOf5000Cards() => ScenarioLoader.LoadText(generated, "large.yaml", generatedOptions);
}
