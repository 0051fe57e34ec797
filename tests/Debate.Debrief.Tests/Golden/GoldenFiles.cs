using NUnit.Framework;

namespace Debate.Debrief.Tests.Golden;

/// <summary>
/// The expected outputs under tests/Debate.Debrief.Tests/Golden/. A test compares against them;
/// with UPDATE_GOLDEN=1 in the environment it rewrites them instead (review the diff before committing).
/// </summary>
public static class GoldenFiles
{
    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public static string Directory { get; } = Find();

    /// <summary>Asserts that <paramref name="actual"/> is the golden file's text, or rewrites the file when updating.</summary>
    public static void Check(string name, string actual)
    {
        var path = Path.Combine(Directory, name);
        if (Updating)
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.That(File.Exists(path), Is.True, $"{path} is missing; run the tests with UPDATE_GOLDEN=1 to write it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            var at = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i], Math.Min(expected.Length, actual.Length));
            var line = expected[..Math.Min(at, expected.Length)].Count(c => c == '\n') + 1;
            Assert.Fail($"{name} differs from its golden file at line {line}:\n  expected: {LineAt(expected, at)}\n  actual:   {LineAt(actual, at)}\n"
                + "If the change is intended, run with UPDATE_GOLDEN=1 and review the diff.");
        }
    }

    public static string Read(string name) => File.ReadAllText(Path.Combine(Directory, name));

    private static string LineAt(string text, int index)
    {
        index = Math.Min(index, text.Length);
        var start = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var end = text.IndexOf('\n', index);
        return text[start..(end < 0 ? text.Length : end)];
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Debate.Debrief.Tests.csproj")))
            {
                return Path.Combine(dir.FullName, "Golden");
            }
        }

        throw new DirectoryNotFoundException("Cannot find tests/Debate.Debrief.Tests above the test output directory.");
    }
}
