using Debate.Scenarios.Digests;
using NUnit.Framework;

namespace Debate.Scenarios.Tests.Digests;

[TestFixture]
public sealed class SourceParagraphsTests
{
    [Test]
    public void Split_BreaksAtRunsOfBlankOrWhitespaceLinesAndTrimsEachBlock()
    {
        var text = "  Heading  \r\n\r\nFirst line\r\nsame block\n \t \n\n\nSecond\n\n";

        var paragraphs = SourceParagraphs.Split(text);

        Assert.That(paragraphs, Is.EqualTo(new[] { "Heading", "First line\nsame block", "Second" }));
    }

    [Test]
    public void Contains_ForgivesWhitespaceRunsAndCurlyQuotes()
    {
        var paragraph = "He said \u201Cpartnership   instead\nof alliance\u201D and China\u2019s view held.";

        Assert.That(SourceParagraphs.Contains(paragraph, "\"partnership instead of alliance\""), Is.True);
        Assert.That(SourceParagraphs.Contains(paragraph, "China's view"), Is.True);
        Assert.That(SourceParagraphs.Contains(paragraph, "china's view"), Is.False);
    }
}
