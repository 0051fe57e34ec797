using Debate.Scenarios.Tests.Builders;
using NUnit.Framework;

namespace Debate.Scenarios.Tests;

/// <summary>Every file in the repository's <c>scenarios/</c> loads and validates clean.</summary>
[TestFixture]
public sealed class ScenarioFilesTests
{
    public static IEnumerable<TestCaseData> Files() =>
        Directory.EnumerateFiles(Path.Combine(Fixture.RepoRoot, "scenarios"), "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileName(f)).SetName($"ScenarioFile_{Path.GetFileNameWithoutExtension(f)}_ValidatesClean"));

    [TestCaseSource(nameof(Files))]
    public void ScenarioFile_ValidatesCleanAgainstTheRepositorySeeds(string name)
    {
        var path = Path.Combine(Fixture.RepoRoot, "scenarios", name);

        var result = ScenarioLoader.LoadFile(path, new LoadOptions { SeedsDirectory = Path.Combine(Fixture.RepoRoot, "seeds") });

        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(result.Succeeded, Is.True);
        Assert.That(File.ReadLines(path).First(), Does.StartWith("# yaml-language-server: $schema="));
    }

    [TestCaseSource(nameof(Files))]
    public void ScenarioFile_AnchorsAreVerbatimInTheSources(string name)
    {
        if (Fixture.SharedSources is not { } sources)
        {
            Assert.Ignore("The source articles (../shared/seeds) are not on this machine.");
            return;
        }

        var path = Path.Combine(Fixture.RepoRoot, "scenarios", name);

        var result = ScenarioLoader.LoadFile(path, new LoadOptions { SeedsDirectory = Path.Combine(Fixture.RepoRoot, "seeds"), SourcesDirectory = sources });

        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.Empty);
    }
}
