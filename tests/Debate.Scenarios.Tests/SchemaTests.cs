using System.Text.Json;
using Debate.Scenarios.Reading;
using Debate.Scenarios.Tests.Builders;
using NUnit.Framework;

namespace Debate.Scenarios.Tests;

/// <summary>The editors' JSON Schema and the loader know the same fields and the same words.</summary>
[TestFixture]
public sealed class SchemaTests
{
    private static JsonElement Schema()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Fixture.RepoRoot, "scenarios", "scenario.schema.json")));
        return document.RootElement.Clone();
    }

    public static IEnumerable<TestCaseData> Objects()
    {
        yield return new TestCaseData("", ScenarioReader.Known).SetName("Schema_Scenario_HasTheLoadersFields");
        yield return new TestCaseData("card", CardReader.Known).SetName("Schema_Card_HasTheLoadersFields");
        yield return new TestCaseData("event", EventReader.Known).SetName("Schema_Event_HasTheLoadersFields");
        yield return new TestCaseData("bloc", BlocReader.Known).SetName("Schema_Bloc_HasTheLoadersFields");
        yield return new TestCaseData("role", RoleReader.Known).SetName("Schema_Role_HasTheLoadersFields");
        yield return new TestCaseData("phase", PhaseReader.Known).SetName("Schema_Phase_HasTheLoadersFields");
        yield return new TestCaseData("speech", PhaseReader.SpeechFields).SetName("Schema_Speech_HasTheLoadersFields");
        yield return new TestCaseData("persona", PersonaReader.Known).SetName("Schema_Persona_HasTheLoadersFields");
        yield return new TestCaseData("rule", PersonaReader.RuleFields).SetName("Schema_Rule_HasTheLoadersFields");
        yield return new TestCaseData("criterion", RubricReader.Known).SetName("Schema_Criterion_HasTheLoadersFields");
    }

    [TestCaseSource(nameof(Objects))]
    public void Schema_Object_ListsExactlyTheFieldsTheLoaderReads(string definition, string[] fields)
    {
        var schema = Schema();
        var node = definition.Length == 0 ? schema : schema.GetProperty("$defs").GetProperty(definition);

        var properties = node.GetProperty("properties").EnumerateObject().Select(p => p.Name);

        Assert.That(properties, Is.EquivalentTo(fields));
        Assert.That(node.GetProperty("additionalProperties").GetBoolean(), Is.False);
    }

    [Test]
    public void Schema_Words_AreTheLoadersWords()
    {
        var defs = Schema().GetProperty("$defs");

        Assert.That(Enum(defs.GetProperty("cardKind")), Is.EqualTo(Vocabulary.CardKinds.All));
        Assert.That(Enum(defs.GetProperty("side")), Is.EqualTo(Vocabulary.Sides.All));
        Assert.That(Enum(defs.GetProperty("objective").GetProperty("properties").GetProperty("kind")), Is.EqualTo(Vocabulary.ObjectiveKinds.All));
        Assert.That(Enum(defs.GetProperty("rule").GetProperty("properties").GetProperty("then")), Is.EqualTo(Vocabulary.Actions.All));
        Assert.That(Enum(defs.GetProperty("criterion").GetProperty("properties").GetProperty("measure")), Is.EqualTo(Vocabulary.Measures.All));
        Assert.That(Schema().GetProperty("$schema").GetString(), Is.EqualTo("https://json-schema.org/draft/2020-12/schema"));
    }

    private static IEnumerable<string?> Enum(JsonElement element) => element.GetProperty("enum").EnumerateArray().Select(e => e.GetString());
}
