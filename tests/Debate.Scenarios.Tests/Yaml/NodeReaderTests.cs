using Debate.Scenarios.Yaml;
using NUnit.Framework;

namespace Debate.Scenarios.Tests.Yaml;

[TestFixture]
public sealed class NodeReaderTests
{
    [Test]
    public void Read_KeepsTheLineAndColumnOfEveryValue()
    {
        var findings = new Findings("t.yaml");

        var root = (MapNode)NodeReader.Read("a: 1\nb:\n  - x\n  - [y, \"z\"]\n", findings)!;

        var list = (ListNode)root.Value("b")!;
        var inner = (ListNode)list.Items[1];
        Assert.That(root.Value("a")!.Start, Is.EqualTo(new Mark(1, 4)));
        Assert.That(list.Items[0].Start, Is.EqualTo(new Mark(3, 5)));
        Assert.That(((ScalarNode)inner.Items[1]).Quoted, Is.True);
        Assert.That(inner.Items[1].Start, Is.EqualTo(new Mark(4, 9)));
        Assert.That(findings.Count, Is.Zero);
    }

    [Test]
    public void Read_AliasBomb_IsRefusedWithoutExpanding()
    {
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 9).Select(i =>
            $"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i - 1), 10))}]\n"));
        var findings = new Findings("bomb.yaml");

        var root = (MapNode)NodeReader.Read(bomb, findings)!;

        Assert.That(findings.ToImmutable().Select(d => d.Message), Has.All.StartWith("YAML aliases (*name) are not allowed"));
        Assert.That(((ListNode)root.Value("j")!).Items, Has.Count.EqualTo(10));
        Assert.That(findings.HasErrors, Is.True);
    }

    [Test]
    public void Read_NestingBeyondTheLimit_StopsWithOneError()
    {
        var findings = new Findings("deep.yaml");

        var root = NodeReader.Read("a: " + new string('[', 500_000), findings);

        Assert.That(root, Is.Null);
        Assert.That(findings.ToImmutable().Single().Message, Is.EqualTo("values are nested more than 32 levels deep"));
    }

    [Test]
    public void Read_DuplicateKey_ReportsTheSecondWithTheFirstLine()
    {
        var findings = new Findings("dup.yaml");

        var root = (MapNode)NodeReader.Read("a: 1\nb: 2\na: 3\n", findings)!;

        var problem = findings.ToImmutable().Single();
        Assert.That((problem.Line, problem.Message), Is.EqualTo((3, "field 'a' appears twice in this mapping (first at line 1)")));
        Assert.That(((ScalarNode)root.Value("a")!).Value, Is.EqualTo("1"));
    }

    [Test]
    public void Read_SyntaxError_IsReportedAtItsPosition()
    {
        var findings = new Findings("bad.yaml");

        var root = NodeReader.Read("a: 1\n b: 2\n", findings);

        var problem = findings.ToImmutable().Single();
        Assert.That(root, Is.Null);
        Assert.That(problem.Message, Is.EqualTo("YAML syntax: While scanning a plain scalar value, found invalid mapping."));
        Assert.That((problem.Line, problem.Column), Is.EqualTo((2, 3)));
    }

    [Test]
    public void Read_InputThatBreaksTheParser_IsReportedAsASyntaxError()
    {
        var findings = new Findings("bad.yaml");

        var root = NodeReader.Read("a: [1, 2\nb: 3\n", findings);

        Assert.That(root, Is.Null);
        Assert.That(findings.ToImmutable().Single().Message, Does.StartWith("YAML syntax: "));
    }
}
