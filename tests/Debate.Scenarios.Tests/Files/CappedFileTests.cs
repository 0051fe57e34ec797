using System.Diagnostics;
using Debate.Scenarios.Files;
using NUnit.Framework;

namespace Debate.Scenarios.Tests.Files;

/// <summary>The one capped reader refuses what could hang or exhaust the program, at once.</summary>
[TestFixture]
public sealed class CappedFileTests
{
    private string folder = "";

    [SetUp]
    public void CreateFolder()
    {
        folder = Directory.CreateTempSubdirectory("capped-").FullName;
    }

    [TearDown]
    public void RemoveFolder()
    {
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public void Read_RegularFileWithinTheLimit_GivesItsBytes()
    {
        var path = Path.Combine(folder, "a.txt");
        File.WriteAllText(path, "hello");

        var read = CappedFile.Read(path, 100);

        Assert.That(read.Bytes, Is.EqualTo("hello"u8.ToArray()));
        Assert.That(read.Problem, Is.Null);
    }

    [Test]
    public void Read_OverTheLimit_IsRefusedBySize()
    {
        var path = Path.Combine(folder, "big.txt");
        File.WriteAllText(path, new string('x', 101));

        var read = CappedFile.Read(path, 100);

        Assert.That((read.Bytes, read.TooLarge), Is.EqualTo(((byte[]?)null, true)));
        Assert.That(read.Problem, Is.EqualTo("it is 101 bytes; the limit is 100 bytes, so it was not read"));
    }

    [Test]
    public void Read_Folder_IsRefused()
    {
        Assert.That(CappedFile.Read(folder, 100).Problem, Is.EqualTo("it is a folder, not a file"));
    }

    [Test]
    public void Read_Missing_SaysSo()
    {
        var read = CappedFile.Read(Path.Combine(folder, "none"), 100);

        Assert.That((read.Missing, read.Problem), Is.EqualTo((true, "no such file")));
    }

    [TestCase("/dev/zero")]
    [TestCase("/dev/urandom")]
    [TestCase("/dev/full")]
    [TestCase("/proc/self/status")]
    public void Read_DeviceOrProcFile_IsRefusedUnread(string device)
    {
        if (!File.Exists(device))
        {
            Assert.Ignore($"No {device} here.");
        }

        var read = CappedFile.Read(device, 1024 * 1024);

        Assert.That(read.Bytes, Is.Null);
        Assert.That(read.Problem, Does.Contain("a device, a pipe or a socket"));
    }

    [Test]
    public void Read_SymlinkToDevZero_IsJudgedByItsTarget()
    {
        var link = Path.Combine(folder, "save.json");
        File.CreateSymbolicLink(link, "/dev/zero");

        Assert.That(CappedFile.Read(link, 1024 * 1024).Problem, Does.Contain("a device, a pipe or a socket"));
    }

    [Test]
    public void Read_DanglingSymlink_SaysWhereItPoints()
    {
        var link = Path.Combine(folder, "save.json");
        File.CreateSymbolicLink(link, Path.Combine(folder, "gone.json"));

        var read = CappedFile.Read(link, 100);

        Assert.That(read.Missing, Is.True);
        Assert.That(read.Problem, Does.Contain("which does not exist"));
    }

    [Test]
    public void Read_Fifo_IsRefusedWithinASecond()
    {
        var fifo = Path.Combine(folder, "pipe.json");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
            if (mkfifo.ExitCode != 0)
            {
                Assert.Ignore("mkfifo failed here.");
            }
        }

        var clock = Stopwatch.StartNew();
        var read = CappedFile.Read(fifo, 100);

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1)));
        Assert.That(read.Problem, Does.Contain("a device, a pipe or a socket"));
    }
}
