using System.Globalization;
using Debate.Core.Text;
using NUnit.Framework;

namespace Debate.Core.Tests.Text;

public sealed class VisibleTextTests
{
    /// <summary>Whether a terminal would act on the character or draw nothing for it (what must never come out).</summary>
    private static bool Dangerous(string s, int i, bool block)
    {
        var c = s[i];
        if (block && c == '\n')
        {
            return false;
        }

        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            var cp = char.ConvertToUtf32(c, s[i + 1]);
            return CharUnicodeInfo.GetUnicodeCategory(cp) == UnicodeCategory.Format;
        }

        if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1]))
        {
            return false;
        }

        return char.IsControl(c) || char.IsSurrogate(c)
            || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            || c is '\u3164' or '\u115f' or '\uffa0' or '\u034f' or '\uffff' or '\ufdd0';
    }

    private static int FirstDangerous(string s, bool block)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (Dangerous(s, i, block))
            {
                return i;
            }
        }

        return -1;
    }

    [Test]
    public void Line_CleanText_IsTheSameString()
    {
        const string name = "Zhou Enlai, 周恩来 — Ана́стасия 👩🏽‍🏫 فارسی‌زبان";

        Assert.That(VisibleText.Line(name), Is.SameAs(name));
        Assert.That(VisibleText.IsVisibleLine(name), Is.True);
    }

    [Test]
    public void Line_NullOrEmpty_IsEmpty()
    {
        Assert.That(VisibleText.Line(null), Is.EqualTo(string.Empty));
        Assert.That(VisibleText.Block(""), Is.EqualTo(string.Empty));
    }

    [TestCase("Ann\u001b[2J", "Ann␛[2J")]
    [TestCase("\u001b]52;c;aGk=\u0007Bo", "␛]52;c;aGk=␇Bo")]
    [TestCase("a\u007fb\u0000c", "a␡b␀c")]
    [TestCase("x\u009b31my", "x<U+009B>31my")]
    [TestCase("evil\u202etxt.exe", "evil<U+202E>txt.exe")]
    [TestCase("ad\u200bmin", "ad<U+200B>min")]
    [TestCase("ad\u200dmin", "ad<U+200D>min")]
    [TestCase("\u2066x\u2069", "<U+2066>x<U+2069>")]
    [TestCase("Ann\nBo", "Ann␊Bo")]
    [TestCase("Ann\r\nBo", "Ann␍␊Bo")]
    [TestCase("Ann\u2028Bo", "Ann<U+2028>Bo")]
    [TestCase("Ann\tBo", "Ann Bo")]
    [TestCase("tag\udb40\udc41", "tag<U+E0041>")]
    [TestCase("\u3164", "<U+3164>")]
    public void Line_MarksWhatATerminalWouldActOnOrHide(string text, string shown)
    {
        Assert.That(VisibleText.Line(text), Is.EqualTo(shown));
        Assert.That(VisibleText.IsVisibleLine(text), Is.False);
    }

    // Attribute arguments cannot carry a lone surrogate (the compiler replaces it), so this case is built at run time.
    [Test]
    public void Line_LoneSurrogate_IsMarked()
    {
        var text = "lone" + (char)0xD800 + "x" + (char)0xDFFF;

        Assert.That(VisibleText.Line(text), Is.EqualTo("lone<U+D800>x<U+DFFF>"));
    }

    [TestCase("Ann\u001b[2J\u007f", "Ann^[[2J^?")]
    [TestCase("a\nb\u0007", "a^Jb^G")]
    [TestCase("x\u202ey", "x<U+202E>y")]
    public void Line_AsciiStyle_UsesCaretNotation(string text, string shown)
    {
        Assert.That(VisibleText.Line(text, MarkStyle.Ascii), Is.EqualTo(shown));
    }

    [TestCase("one\r\ntwo", "one\ntwo")]
    [TestCase("one\u2029two\u2028three\u0085four", "one\ntwo\nthree\nfour")]
    [TestCase("over\rwrite", "over␍write")]
    [TestCase("para one\n\npara two\u001b[0m", "para one\n\npara two␛[0m")]
    public void Block_KeepsParagraphsAndMarksTheRest(string text, string shown)
    {
        Assert.That(VisibleText.Block(text), Is.EqualTo(shown));
    }

    [Test]
    public void Block_TextWithOnlyLineFeeds_IsTheSameString()
    {
        const string body = "First paragraph.\n\nSecond paragraph.";

        Assert.That(VisibleText.Block(body), Is.SameAs(body));
        Assert.That(VisibleText.IsVisibleBlock(body), Is.True);
        Assert.That(VisibleText.IsVisibleLine(body), Is.False);
    }

    [TestCase("👨‍👩‍👧")]
    [TestCase("فارسی‌زبان")]
    [TestCase("क्‍ष")]
    [TestCase("❤️")]
    public void Line_JoinersAndSelectorsInsideScript_Stay(string text)
    {
        Assert.That(VisibleText.Line(text), Is.SameAs(text));
    }

    [TestCase("\u200dA", "<U+200D>A")]
    [TestCase("A\u200c", "A<U+200C>")]
    [TestCase("é\u200d\u200dé", "é<U+200D><U+200D>é")]
    public void Line_JoinersBesideAsciiOrEachOther_AreMarked(string text, string shown)
    {
        Assert.That(VisibleText.Line(text), Is.EqualTo(shown));
    }

    // Bogus seed 1401: 2,000 hostile strings (names, sentences, paths, paragraphs with escapes,
    // controls, bidi and zero-width characters spliced in).
    [Test]
    public void Line_HostileStringsFromSeed1401_HaveNothingATerminalActsOnAndNoLineBreak()
    {
        foreach (var text in HostileStrings.Generate(1401, 2000))
        {
            var line = VisibleText.Line(text);

            Assert.That(FirstDangerous(line, block: false), Is.EqualTo(-1), () => $"{Escaped(text)} -> {Escaped(line)}");
            Assert.That(VisibleText.Line(line), Is.SameAs(line), () => Escaped(text));
            Assert.That(VisibleText.IsVisibleLine(line), Is.True, () => Escaped(text));
        }
    }

    // Bogus seed 1402: the block form keeps every line feed that was a line break and nothing else dangerous.
    [Test]
    public void Block_HostileStringsFromSeed1402_KeepLineBreaksOnly()
    {
        foreach (var text in HostileStrings.Generate(1402, 2000))
        {
            var block = VisibleText.Block(text);
            var breaks = text.Replace("\r\n", "\n", StringComparison.Ordinal).Count(c => c is '\n' or '\u2028' or '\u2029' or '\u0085');

            Assert.That(FirstDangerous(block, block: true), Is.EqualTo(-1), () => $"{Escaped(text)} -> {Escaped(block)}");
            Assert.That(block.Count(c => c == '\n'), Is.EqualTo(breaks), () => Escaped(text));
            Assert.That(VisibleText.Block(block), Is.SameAs(block), () => Escaped(text));
        }
    }

    // Bogus seed 1403: every visible character of the input survives in order (nothing is dropped,
    // only marked), so a reader sees what was there.
    [Test]
    public void Line_HostileStringsFromSeed1403_KeepEveryVisibleCharacterInOrder()
    {
        foreach (var text in HostileStrings.Generate(1403, 500))
        {
            var line = VisibleText.Line(text);
            var kept = new string([.. text.Where(c => c >= ' ' && c < '\u007f')]);

            Assert.That(IsSubsequence(kept, line), Is.True, () => $"{Escaped(text)} -> {Escaped(line)}");
        }
    }

    private static bool IsSubsequence(string needle, string hay)
    {
        var j = 0;
        foreach (var c in hay)
        {
            if (j < needle.Length && needle[j] == c)
            {
                j++;
            }
        }

        return j == needle.Length;
    }

    private static string Escaped(string s) =>
        string.Concat(s.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:x4}" : c.ToString()));
}
