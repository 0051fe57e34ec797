using Debate.Scenarios.Authoring;
using Debate.Scenarios.Tests.Builders;
using NUnit.Framework;

namespace Debate.Scenarios.Tests.Authoring;

[TestFixture]
public sealed class ScenarioTemplateTests
{
    [Test]
    public void For_NewId_ValidatesCleanAgainstTheBuiltInDigests()
    {
        var text = ScenarioTemplate.For("my-debate");

        var result = ScenarioLoader.LoadText(text, "my-debate.yaml");

        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(result.Scenario!.Id, Is.EqualTo("my-debate"));
        Assert.That(result.Scenario.Title, Is.EqualTo("My debate"));
    }

    [Test]
    public void For_WithTheSources_HasEveryAnchorVerbatim()
    {
        if (Fixture.SharedSources is not { } sources)
        {
            Assert.Ignore("The source articles (../shared/seeds) are not on this machine.");
            return;
        }

        var result = ScenarioLoader.LoadText(ScenarioTemplate.For("t"), "t.yaml", new LoadOptions { SourcesDirectory = sources });

        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.Empty);
    }

    [Test]
    public void For_SchemaPath_IsWrittenIntoTheFirstLine()
    {
        var text = ScenarioTemplate.For("x", "../scenarios/scenario.schema.json");

        Assert.That(text.Split('\n')[0], Is.EqualTo("# yaml-language-server: $schema=../scenarios/scenario.schema.json"));
    }

    [TestCase("My Debate!", "my-debate")]
    [TestCase("moscow_1950", "moscow-1950")]
    [TestCase("???", "new-scenario")]
    public void IdFor_FileName_GivesAValidScenarioId(string name, string id) =>
        Assert.That(ScenarioTemplate.IdFor(name), Is.EqualTo(id));
}
