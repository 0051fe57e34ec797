using System.Diagnostics;
using Debate.Console.Files;
using Debate.Console.Saves;
using Debate.Console.Tests.Builders;
using Debate.Core.Records;
using NUnit.Framework;
using static Debate.Console.Tests.Faults.InProcess;

namespace Debate.Console.Tests.Faults;

/// <summary>
/// File-system faults through the one writing place: a full disk (a tiny tmpfs when this test may
/// mount one, and always a simulated one), a read-only folder, a path that is a folder, a save
/// folder that cannot be made; stray temporary files; and two processes on one save.
/// </summary>
[NonParallelizable]
public sealed class FileSystemFaultTests
{
    private readonly List<string> mounts = [];
    private string dir = "";
    private string save = "";

    [SetUp]
    public void MakeFolder()
    {
        dir = Directory.CreateTempSubdirectory("debate-fs-").FullName;
        save = Path.Combine(dir, "save.json");
        File.WriteAllText(save, RecordJson.Write(FaultRecords.Played(5)));
    }

    [TearDown]
    public void CleanUp()
    {
        AtomicFile.BeforeWriteForTests = null;
        foreach (var mount in mounts)
        {
            Sh("umount", mount);
        }

        Directory.Delete(dir, recursive: true);
    }

    [TestCase("export|{save}|-o|{out}/d.html")]
    [TestCase("play|--seat|A:alliance:novice|--seat|B:partnership:novice|--seed|3|--save|{out}/p.json")]
    [TestCase("scenario|new|{out}/d|--force")]
    public void SimulatedFullDisk_OneLineNamingThePath_NoTempFile_OldFileKept(string line)
    {
        var outDir = Directory.CreateDirectory(Path.Combine(dir, "out")).FullName;
        foreach (var name in new[] { "d.html", "p.json", "d.yaml" })
        {
            File.WriteAllText(Path.Combine(outDir, name), "the old file, which must survive");
        }

        var before = Snapshot(dir, outDir);
        AtomicFile.BeforeWriteForTests = stream =>
        {
            stream.Write(new byte[4096]);
            throw new IOException("No space left on device", 28);
        };

        var run = Run(line.Replace("{save}", save).Replace("{out}", outDir).Split('|'));

        AssertOneLineNaming(line, run, 1, outDir);
        Assert.That(run.Err, Does.Contain("the disk is full"));
        AssertNoRawCharacters(line, run.Out + run.Err);
        AssertUnchanged(line, before);
        AssertNoTempFiles(line, dir);
    }

    [Test]
    public void TinyFullFilesystem_ExportRefusedInOneLine_NoTempFile_OldFileKept()
    {
        var disk = Mount("size=12k");
        File.WriteAllText(Path.Combine(disk, "d.html"), "the old file");
        var before = Snapshot(disk);

        var run = Run("export", save, "-o", Path.Combine(disk, "d.html"));

        AssertOneLineNaming("tiny disk", run, 1, "d.html");
        Assert.That(run.Err, Does.Contain("the disk is full"));
        AssertUnchanged("tiny disk", before);
        AssertNoTempFiles("tiny disk", disk);
    }

    [Test]
    public void ReadOnlyFolder_WritesRefusedInOneLine_NothingChanged()
    {
        var folder = ReadOnlyFolderWith("d.md");
        var before = Snapshot(folder);

        foreach (var line in new[] { $"export|{save}|-o|{folder}/d.md", $"play|--seat|A:alliance:novice|--seat|B:partnership:novice|--save|{folder}/p.json", $"scenario|new|{folder}/x" })
        {
            var run = Run(line.Split('|'));

            AssertOneLineNaming(line, run, 1, folder);
            Assert.That(run.Err, Does.Contain("read-only").Or.Contain("permission denied"), line);
            AssertUnchanged(line, before);
            AssertNoTempFiles(line, folder);
        }
    }

    [Test]
    public void SaveFolderThatIsAFile_CreatingAMatchIsOneLine()
    {
        var home = Path.Combine(dir, "home-is-a-file");
        File.WriteAllText(home, "not a folder");
        var store = new SaveStore(home, TimeProvider.System);
        var record = MatchRecord.Begin(Core.Play.MatchSetup.Start(Scenarios.BuiltInScenarios.Default, [new("A", Core.Content.Side.Alliance), new("B", Core.Content.Side.Partnership, "novice")], 1));

        var problem = Assert.Throws<FileProblem>(() => store.Create(record, "builtin:alliance-or-partnership"))!;

        Assert.That(problem.Message, Does.StartWith(store.Folder).And.Contain("DEBATE_HOME").And.Not.Contain("\n"));
    }

    [Test]
    public void StrayTempFiles_OfKilledRunsAreSweptAndALiveWritersKept()
    {
        var store = new SaveStore(dir, TimeProvider.System);
        Directory.CreateDirectory(store.Folder);
        var dead = Path.Combine(store.Folder, ".m.json.999999999.abcd.tmp");
        var old = Path.Combine(store.Folder, "m.json.tmp");
        var live = Path.Combine(store.Folder, $".m.json.{Environment.ProcessId}.beef.tmp");
        foreach (var f in new[] { dead, old, live })
        {
            File.WriteAllBytes(f, new byte[4096]);
        }

        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddHours(-1));

        var removed = store.SweepStrays();

        Assert.That(removed, Is.EqualTo(2));
        Assert.That((File.Exists(dead), File.Exists(old), File.Exists(live)), Is.EqualTo((false, false, true)));
    }

    [Test]
    public void TwoProcesses_OneHoldsTheSave_TheOtherRefusesAndChangesNothing()
    {
        var held = SaveLock.TryTake(save);
        Assert.That(held.Taken, Is.True);
        var before = Snapshot(dir);
        try
        {
            // A second process (the real executable) asked to write the same save.
            var (code, _, stderr) = Cli.Run(dir, dir, "play", "--seat", "A:alliance:novice", "--seat", "B:partnership:novice", "--seed", "1", "--save", save);

            Assert.That(code, Is.EqualTo(1), stderr);
            Assert.That(stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(stderr, Does.Contain("open in another window").And.Contain($"process {Environment.ProcessId}"));
            AssertUnchanged("second process", before);
        }
        finally
        {
            held.Lock!.Dispose();
        }

        Assert.That(Cli.Run(dir, dir, "play", "--seat", "A:alliance:novice", "--seat", "B:partnership:novice", "--seed", "1", "--save", save).Code, Is.Zero);
    }

    [Test]
    public void Lock_OfAProcessThatIsGone_IsTakenOver()
    {
        File.WriteAllText(SaveLock.PathFor(save), "999999999\n2020-01-01T00:00:00.0000000Z\n" + Environment.MachineName + "\n");

        var taken = SaveLock.TryTake(save);

        Assert.That(taken.Taken, Is.True);
        Assert.That(SaveLock.Holder(save)!.ProcessId, Is.EqualTo(Environment.ProcessId));
        taken.Lock!.Dispose();
        Assert.That(File.Exists(SaveLock.PathFor(save)), Is.False);
    }

    [Test]
    public void SaveStore_Reopen_WhileAnotherHoldsIt_SaysWho()
    {
        var store = new SaveStore(dir, TimeProvider.System);
        var saved = SavedMatch.Read(save, finished: false);
        using var first = store.Reopen(saved);
        File.WriteAllText(SaveLock.PathFor(save), File.ReadAllText(SaveLock.PathFor(save)).Replace(Environment.MachineName, "lab-pc-7", StringComparison.Ordinal));

        var refused = Assert.Throws<SaveInUseException>(() => store.Reopen(saved))!;

        Assert.That(refused.Message, Does.Contain("open in another window").And.Contain("on lab-pc-7"));
    }

    private string ReadOnlyFolderWith(string file)
    {
        if (Environment.UserName != "root" && !OperatingSystem.IsWindows())
        {
            var folder = Directory.CreateDirectory(Path.Combine(dir, "ro")).FullName;
            File.WriteAllText(Path.Combine(folder, file), "kept");
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            return folder;
        }

        // Root writes through permissions: a read-only mount is the read-only folder root meets.
        var mount = Mount("size=64k");
        File.WriteAllText(Path.Combine(mount, file), "kept");
        if (Sh("mount", "-o", "remount,ro", mount) != 0)
        {
            Assert.Ignore("cannot remount read-only here");
        }

        return mount;
    }

    private string Mount(string options)
    {
        var point = Directory.CreateDirectory(Path.Combine(dir, "mnt" + mounts.Count)).FullName;
        if (Environment.UserName != "root" || Sh("mount", "-t", "tmpfs", "-o", options, "tmpfs", point) != 0)
        {
            Assert.Ignore("this test needs to mount a tmpfs (root); the simulated full disk covers the same path");
        }

        mounts.Insert(0, point);
        return point;
    }

    private static int Sh(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        args.ToList().ForEach(info.ArgumentList.Add);
        using var process = Process.Start(info)!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
