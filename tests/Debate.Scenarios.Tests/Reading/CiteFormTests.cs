using System.Text.Json;
using System.Text.RegularExpressions;
using Debate.Core.Content;
using Debate.Scenarios.Reading;
using Debate.Scenarios.Tests.Builders;
using NUnit.Framework;

namespace Debate.Scenarios.Tests.Reading;

/// <summary>A citation may name its paragraph with ¶, §, p or para; the schema accepts exactly what the loader accepts.</summary>
[TestFixture]
public sealed class CiteFormTests
{
    [TestCase("doc-a ¶4")]
    [TestCase("doc-a¶4")]
    [TestCase("doc-a ¶ 4")]
    [TestCase("doc-a §4")]
    [TestCase("doc-a § 4")]
    [TestCase("doc-a p4")]
    [TestCase("doc-a p.4")]
    [TestCase("doc-a p. 4")]
    [TestCase("doc-a p 4")]
    [TestCase("doc-a P4")]
    [TestCase("doc-a para 4")]
    [TestCase("doc-a para.4")]
    [TestCase("doc-a Para. 4")]
    public void Load_CiteInAnAcceptedForm_CitesTheParagraph(string cite)
    {
        var result = Fixture.Load(Fixture.With("cite: doc-a ¶4", $"cite: {cite}"));

        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(result.Scenario!.Card(new CardId("A01")).Citation, Is.EqualTo(new Citation("doc-a", 4)));
    }

    [TestCase("doc-a page 4")]
    [TestCase("doc-a 4")]
    [TestCase("doc-ap4")]
    [TestCase("doc-a ¶0")]
    [TestCase("doc-a ¶04")]
    [TestCase("doc-a pp 4")]
    [TestCase("¶4")]
    [TestCase("doc-a ¶4a")]
    public void Load_CiteInAnotherForm_IsReportedWithTheAcceptedForms(string cite)
    {
        var text = Fixture.With("cite: doc-a ¶4", $"cite: \"{cite}\"");

        var result = Fixture.Load(text);

        var problem = result.Diagnostics.Single(d => d.Message.Contains("cite", StringComparison.Ordinal));
        Assert.That(problem.Message, Does.Contain("must be written '<document> ¶<paragraph>' (or p, para, §)"));
        Assert.That(problem.Hint, Does.Contain("'dai-2018 p4', 'dai-2018 para 4' and 'dai-2018 §4'"));
        Assert.That(problem.Line, Is.EqualTo(Fixture.LineOf(text, "cite: \"")));
    }

    [Test]
    public void Schema_CitePattern_IsTheLoadersPattern()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Fixture.RepoRoot, "scenarios", "scenario.schema.json")));

        var pattern = schema.RootElement.GetProperty("$defs").GetProperty("cite").GetProperty("pattern").GetString();

        Assert.That(pattern, Is.EqualTo(Ids.CitePattern));
    }

    [TestCase("dai-2018 ¶20", true)]
    [TestCase("dai-2018 para 20", true)]
    [TestCase("dai-2018 §20", true)]
    [TestCase("dai-2018 p.20", true)]
    [TestCase("dai-2018 #20", false)]
    [TestCase("dai-2018 page 20", false)]
    public void CitePattern_AsAnEditorReadsIt_AgreesWithTheLoader(string cite, bool accepted)
    {
        // Editors read the schema's pattern as an ECMAScript regular expression.
        var editor = new Regex(Ids.CitePattern, RegexOptions.ECMAScript);

        Assert.That(editor.IsMatch(cite), Is.EqualTo(accepted));
        Assert.That(Ids.ParseCite(cite) is not null, Is.EqualTo(accepted));
    }
}
