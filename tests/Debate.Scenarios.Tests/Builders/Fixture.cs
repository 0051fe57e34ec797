using Debate.Scenarios;
using NUnit.Framework;

namespace Debate.Scenarios.Tests.Builders;

/// <summary>The test's own small scenario, digest and source text, and ways to vary the scenario.</summary>
internal static class Fixture
{
    public static string Folder => Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures");

    public static string Seeds => Path.Combine(Folder, "seeds");

    public static string Sources => Path.Combine(Folder, "sources");

    public static string ValidPath => Path.Combine(Folder, "valid.yaml");

    public static string ValidText => File.ReadAllText(ValidPath);

    public static LoadOptions Options(bool sources = false) =>
        new() { SeedsDirectory = Seeds, SourcesDirectory = sources ? Sources : null };

    public static LoadResult Load(string yaml, bool sources = false) => ScenarioLoader.LoadText(yaml, "test.yaml", Options(sources));

    /// <summary>The valid scenario with <paramref name="old"/> (which must occur once) replaced.</summary>
    public static string With(string old, string replacement)
    {
        var text = ValidText;
        var index = text.IndexOf(old, StringComparison.Ordinal);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"fixture has no '{old}'");
        Assert.That(text.IndexOf(old, index + 1, StringComparison.Ordinal), Is.EqualTo(-1), $"fixture has '{old}' twice");
        return string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + old.Length));
    }

    /// <summary>The line (from 1) of the <paramref name="occurrence"/>-th occurrence of <paramref name="fragment"/>.</summary>
    public static int LineOf(string text, string fragment, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(fragment, index + 1, StringComparison.Ordinal);
            Assert.That(index, Is.GreaterThanOrEqualTo(0), $"no '{fragment}' #{occurrence}");
        }

        return text[..index].Count(c => c == '\n') + 1;
    }

    /// <summary>The repository root (the folder with Debate.sln), found upward from the test binaries.</summary>
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Debate.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Debate.sln not found above the test directory.");
        }
    }

    /// <summary>The folder with the source articles (../shared/seeds), or null when this machine has none.</summary>
    public static string? SharedSources
    {
        get
        {
            string[] candidates = ["/work/shared/seeds", Path.Combine(RepoRoot, "..", "shared", "seeds")];
            return candidates.FirstOrDefault(d => Directory.Exists(d) && Directory.EnumerateFiles(d, "*.txt").Any());
        }
    }
}
