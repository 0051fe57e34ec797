using System.Text;
using Debate.Core.Text;
using NUnit.Framework;

namespace Debate.Console.Tests.Faults;

/// <summary>
/// Runs the real entry point in this process with captured standard output and error, and checks
/// what every fault case must show: the exit code, one line naming the path, no escape character.
/// </summary>
internal static class InProcess
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = EntryPoint.RunAsync(args, output, error).GetAwaiter().GetResult();
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The first character a terminal would act on or hide (anything VisibleText marks, line feeds aside), or -1.</summary>
    public static int FirstRaw(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || char.IsSurrogate(c))
            {
                continue;
            }

            if (!VisibleText.IsVisibleLine(c.ToString()))
            {
                return i;
            }
        }

        return -1;
    }

    public static void AssertNoRawCharacters(string where, string text)
    {
        var at = FirstRaw(text);
        Assert.That(at, Is.EqualTo(-1), () => $"{where}: U+{(int)text[at]:X4} reached the terminal at {at}: {Escaped(text)}");
    }

    /// <summary>A failure: the code, one line on standard error that names <paramref name="pathPart"/>, no stack trace.</summary>
    public static void AssertOneLineNaming(string where, (int Code, string Out, string Err) run, int code, string pathPart)
    {
        Assert.That(run.Code, Is.EqualTo(code), () => $"{where}: {run.Err}");
        var lines = run.Err.TrimEnd('\n').Split('\n');
        Assert.That(lines, Has.Length.EqualTo(1), () => $"{where}: {run.Err}");
        Assert.That(lines[0], Does.Contain(pathPart), where);
        Assert.That(run.Err, Does.Not.Contain("   at ").And.Not.Contain("Exception"), where);
    }

    /// <summary>
    /// The regular files among <paramref name="paths"/> (and in the folders among them) with a hash
    /// of their content; devices, pipes and links are left out (reading them is what must not happen).
    /// </summary>
    public static Dictionary<string, string> Snapshot(params string[] paths)
    {
        var files = paths.SelectMany(p => Directory.Exists(p) && new DirectoryInfo(p).LinkTarget is null
            ? Directory.EnumerateFiles(p, "*", SearchOption.TopDirectoryOnly)
            : [p]);
        return files.Where(f => new FileInfo(f) is { Exists: true, LinkTarget: null })
            .Select(f => (f, Fingerprint(f)))
            .Where(x => x.Item2 is not null)
            .ToDictionary(x => x.f, x => x.Item2!);
    }

    public static void AssertUnchanged(string where, Dictionary<string, string> before)
    {
        foreach (var (file, hash) in before)
        {
            Assert.That(File.Exists(file), Is.True, $"{where}: {file} is gone");
            Assert.That(Fingerprint(file), Is.EqualTo(hash), $"{where}: {file} was changed");
        }
    }

    private static string? Fingerprint(string file)
    {
        var refused = Debate.Scenarios.Files.CappedFile.Check(file, 1 << 20);
        if (refused is null)
        {
            return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
        }

        return refused.TooLarge ? "size " + new FileInfo(file).Length : null;
    }

    public static void AssertNoTempFiles(string where, string folder) =>
        Assert.That(Directory.EnumerateFiles(folder, "*.tmp", SearchOption.AllDirectories), Is.Empty, where);

    public static string Escaped(string s) =>
        string.Concat(s.Take(400).Select(c => c < ' ' && c != '\n' || c > '~' ? $"\\u{(int)c:x4}" : c.ToString()));
}
