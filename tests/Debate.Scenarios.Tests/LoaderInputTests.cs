using Debate.Scenarios.Tests.Builders;
using NUnit.Framework;

namespace Debate.Scenarios.Tests;

/// <summary>What the loader does with files that are missing, too large, not UTF-8, or written on another system.</summary>
[TestFixture]
public sealed class LoaderInputTests
{
    [Test]
    public void Load_CrlfLineEndingsAndByteOrderMark_ReadAsTheSameLines()
    {
        var text = "\uFEFF" + Fixture.With("    strength: 2\n    cost: 2\n", "    strength: 8\n    cost: 2\n").Replace("\n", "\r\n", StringComparison.Ordinal);

        var result = Fixture.Load(text);

        Assert.That(result.Errors.Single().Line, Is.EqualTo(Fixture.LineOf(text.Replace("\r\n", "\n", StringComparison.Ordinal), "strength: 8")));
    }

    [Test]
    public void LoadFile_MissingFile_ReportsItWithoutThrowing()
    {
        var result = ScenarioLoader.LoadFile(Path.Combine(Fixture.Folder, "no-such.yaml"));

        Assert.That(result.Errors.Single().Message, Is.EqualTo("no such file"));
    }

    [Test]
    public void LoadFile_OverTheSizeLimit_IsRefusedBeforeParsing()
    {
        var result = ScenarioLoader.LoadFile(Fixture.ValidPath, Fixture.Options() with { MaxBytes = 100 });

        var refused = result.Errors.Single();
        Assert.That(refused.Message, Does.Contain("the limit is 100 bytes, so it was not read"));
        Assert.That((refused.Line, refused.Column), Is.EqualTo((1, 1)));
    }

    [Test]
    public void LoadText_OverTheDefaultLimit_IsRefused()
    {
        var text = "id: x\ntitle: " + new string('x', (int)LoadOptions.DefaultMaxBytes) + "\n";

        var result = Fixture.Load(text);

        Assert.That(result.Errors.Single().Message, Does.Contain("the limit is 1,048,576 bytes"));
    }

    [Test]
    public void LoadBytes_NotUtf8_IsRefusedWithThePositionOfTheBadByte()
    {
        byte[] bytes = [.. "id: x\ntitle: ab"u8, 0xC3, 0x28, .. "\n"u8];

        var result = ScenarioLoader.LoadBytes(bytes, "bin.yaml", Fixture.Options());

        var refused = result.Errors.Single();
        Assert.That(refused.Message, Does.Contain("not UTF-8"));
        Assert.That((refused.Line, refused.Column), Is.EqualTo((2, 10)));
    }

    [Test]
    public void LoadFile_EndlessDevice_IsRefusedWithoutReadingIt()
    {
        if (!File.Exists("/dev/zero"))
        {
            Assert.Ignore("No /dev/zero on this system.");
            return;
        }

        var result = ScenarioLoader.LoadFile("/dev/zero");

        Assert.That(result.Errors.Single().Message, Does.Contain("a device, a pipe or a socket"));
    }
}
