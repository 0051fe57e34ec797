using Debate.Scenarios.Tests.Builders;
using NUnit.Framework;

namespace Debate.Scenarios.Tests.Text;

/// <summary>
/// The validator quotes what it cannot understand; a quoted key or value written with YAML escapes
/// (\e, \u202e) must reach the terminal as visible marks, never as the escape itself.
/// </summary>
[TestFixture]
public sealed class HostileMessageTests
{
    [TestCase("hand_size: 2\n", "hand_size: 2\n\"\\e[2J\\e]52;c;aGk=\\a\\u202e\": 3\n")]
    [TestCase("  - id: A01\n    kind: claim\n", "  - id: A01\n    kind: \"cl\\e[31maim\\u200b\"\n")]
    public void Validate_EscapesInAQuotedKeyOrValue_ReachTheMessageAsVisibleMarks(string old, string hostile)
    {
        var result = Fixture.Load(Fixture.With(old, hostile));

        Assert.That(result.Succeeded, Is.False);
        foreach (var text in result.Diagnostics.Select(d => d.ToString()))
        {
            Assert.That(text.IndexOfAny(['\u001b', '\u0007', '\u202e', '\u200b']), Is.EqualTo(-1), text);
        }

        Assert.That(string.Join("\n", result.Diagnostics), Does.Contain("␛"));
    }

    [Test]
    public void Headline_PathWithALineBreak_StaysOnOneLine()
    {
        var diagnostic = new Diagnostic("evil\nname.yaml", 1, 1, Severity.Error, "bad\r\nthing", "fix\nit");

        Assert.That(diagnostic.ToString().Split('\n'), Has.Length.EqualTo(2));
        Assert.That(diagnostic.Headline, Is.EqualTo("evil␊name.yaml:1:1: error: bad␍␊thing"));
    }
}
