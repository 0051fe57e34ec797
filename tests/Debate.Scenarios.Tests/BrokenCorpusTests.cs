using System.Globalization;
using System.Text.RegularExpressions;
using Debate.Scenarios.Tests.Builders;
using NUnit.Framework;

namespace Debate.Scenarios.Tests;

/// <summary>
/// One small broken scenario per validator rule (tests/Debate.Scenarios.Tests/Broken). Each file
/// states what it breaks in <c># rule:</c> and what must be reported in <c># expect: error LINE: message</c>.
/// </summary>
[TestFixture]
public sealed partial class BrokenCorpusTests
{
    private static string Folder => Path.Combine(TestContext.CurrentContext.TestDirectory, "Broken");

    public static IEnumerable<TestCaseData> Files() =>
        Directory.EnumerateFiles(Path.Combine(Path.GetDirectoryName(typeof(BrokenCorpusTests).Assembly.Location)!, "Broken"), "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileName(f)).SetName($"Load_Broken_{Path.GetFileNameWithoutExtension(f)}_ReportsItsMessageAndLine"));

    [TestCaseSource(nameof(Files))]
    public void Load_BrokenFile_ReportsItsMessageAtItsLine(string name)
    {
        var path = Path.Combine(Folder, name);
        var header = File.ReadLines(path).TakeWhile(l => l.StartsWith('#')).ToList();
        var expected = header.Select(l => Expect().Match(l)).Where(m => m.Success).ToList();
        var sources = header.Contains("# sources: yes");

        var result = ScenarioLoader.LoadFile(path, Fixture.Options(sources));

        Assert.That(expected, Is.Not.Empty, "the file states no '# expect:' line");
        var shown = string.Join('\n', result.Diagnostics);
        foreach (var expect in expected)
        {
            var severity = expect.Groups[1].Value == "error" ? Severity.Error : Severity.Warning;
            var line = int.Parse(expect.Groups[2].Value, CultureInfo.InvariantCulture);
            var message = expect.Groups[3].Value;
            Assert.That(
                result.Diagnostics.Any(d => d.Severity == severity && d.Line == line && d.Message.Contains(message, StringComparison.Ordinal)),
                Is.True,
                $"expected {expect.Groups[1].Value} at line {line}: {message}\nreported:\n{shown}");
        }

        var errorsExpected = expected.Any(e => e.Groups[1].Value == "error");
        Assert.That(result.Succeeded, Is.EqualTo(!errorsExpected), shown);
        Assert.That(result.Diagnostics.Select(d => d.Message), Has.None.Contains("bug in the loader"));
        Assert.That(result.Diagnostics.All(d => d.Hint.Length > 0 && d.Line >= 1 && d.Column >= 1), Is.True, shown);
    }

    [Test]
    public void BrokenCorpus_CoversEveryRuleWithItsOwnFile()
    {
        var rules = Directory.EnumerateFiles(Folder, "*.yaml").Select(f => File.ReadLines(f).First()).ToList();

        Assert.That(rules, Has.All.StartWith("# rule: "));
        Assert.That(rules, Is.Unique);
        Assert.That(rules, Has.Count.GreaterThanOrEqualTo(40));
    }

    [GeneratedRegex(@"^# expect: (error|warning) (\d+): (.+)$")]
    private static partial Regex Expect();
}
