using Debate.Scenarios.Text;
using NUnit.Framework;

namespace Debate.Scenarios.Tests.Text;

[TestFixture]
public sealed class ScenarioTextTests
{
    [TestCase("a: \u001b[2J\n", 1, 4, "U+001B")]
    [TestCase("a: 1\nb: x\u0000y\n", 2, 5, "U+0000")]
    [TestCase("a: 1\nb: \u0085\n", 2, 4, "U+0085")]
    [TestCase("a: 1\rb: 2\n", 1, 5, "carriage return without a line feed")]
    public void Clean_ControlCharacter_IsRefusedAtItsPosition(string text, int line, int column, string name)
    {
        var findings = new Findings("t.yaml");

        var clean = ScenarioText.Clean(text, findings);

        var problem = findings.ToImmutable().Single();
        Assert.That(clean, Is.Null);
        Assert.That((problem.Line, problem.Column), Is.EqualTo((line, column)));
        Assert.That(problem.Message, Does.Contain(name));
    }

    [Test]
    public void Clean_LoneSurrogate_IsRefused()
    {
        var findings = new Findings("t.yaml");

        var clean = ScenarioText.Clean("a: " + (char)0xD800 + "x\n", findings);

        Assert.That(clean, Is.Null);
        Assert.That(findings.ToImmutable().Single().Message, Does.Contain("U+D800"));
    }

    [Test]
    public void Clean_TabsAndLineBreaks_AreKept()
    {
        var findings = new Findings("t.yaml");

        var clean = ScenarioText.Clean("# a\tcomment\r\na: 1\n", findings);

        Assert.That(clean, Is.EqualTo("# a\tcomment\na: 1\n"));
        Assert.That(findings.Count, Is.Zero);
    }

    [Test]
    public void Clean_BinaryJunk_ReportsAFewPositionsAndACount()
    {
        var findings = new Findings("junk.yaml");

        ScenarioText.Clean(new string('\u0001', 1000), findings);

        var problems = findings.ToImmutable();
        Assert.That(problems, Has.Length.EqualTo(6));
        Assert.That(problems.Select(p => p.Message), Does.Contain("995 more control characters in the file"));
    }

    [Test]
    public void Decode_Utf16_IsRefusedWithAHint()
    {
        var findings = new Findings("u16.yaml");

        var text = ScenarioText.Decode([0xFF, 0xFE, (byte)'a', 0], findings);

        Assert.That(text, Is.Null);
        Assert.That(findings.ToImmutable().Single().Hint, Is.EqualTo("save the file as UTF-8"));
    }
}
