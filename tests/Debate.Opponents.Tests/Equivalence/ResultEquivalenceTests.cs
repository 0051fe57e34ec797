using System.Text;
using NUnit.Framework;

namespace Debate.Opponents.Tests.Equivalence;

/// <summary>
/// The result-equivalence fixture: 10,000 seeded matches (<see cref="EquivalenceMatches"/>) and the
/// final state hash each one reached when the fixture was written. A change that only makes the
/// engine or the search faster must leave every hash as it is. A change that deliberately changes
/// results (a rule, a card, the champion's search) regenerates the fixture in the same commit and
/// says why there:
/// <code>UPDATE_GOLDEN=1 dotnet test tests/Debate.Opponents.Tests --filter ResultEquivalence</code>
/// </summary>
public sealed class ResultEquivalenceTests
{
    private const string FileName = "results.golden";

    private static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    [Test]
    public void EveryFixtureMatch_ReachesTheFinalStateItReachedWhenRecorded()
    {
        var groups = EquivalenceMatches.Groups().Select(g => g.Group.Name).ToList();
        Assert.That(groups, Is.Unique, "two groups of the fixture play the same line-up");
        var matches = EquivalenceMatches.All().ToArray();
        var hashes = new string[matches.Length];
        Parallel.For(0, matches.Length, i => hashes[i] = matches[i].Play());
        var actual = Write(matches, hashes);
        var path = Path.Combine(Folder(), FileName);
        if (Updating)
        {
            File.WriteAllText(path, actual);
            Assert.Pass($"Rewrote {path} with {matches.Length} matches.");
        }

        Assert.That(File.Exists(path), Is.True, $"{path} is missing; write it with UPDATE_GOLDEN=1.");
        var expected = Read(File.ReadAllText(path));
        var differences = new List<string>();
        for (var i = 0; i < matches.Length; i++)
        {
            var key = (matches[i].Group, matches[i].Seed);
            var recorded = expected.GetValueOrDefault(key);
            if (recorded != hashes[i])
            {
                differences.Add($"{matches[i].Group}, seed {matches[i].Seed}: recorded {recorded ?? "nothing"}, now {hashes[i]}");
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(matches, Has.Length.EqualTo(10_000), "the fixture is 10,000 matches");
            Assert.That(expected, Has.Count.EqualTo(matches.Length), $"{FileName} records another set of matches; regenerate it if the set changed on purpose");
            Assert.That(differences, Is.Empty,
                $"{differences.Count} of {matches.Length} matches end in another state than recorded. If results changed on purpose "
                + "(a rule, a card, the champion's search), regenerate with UPDATE_GOLDEN=1 in the same commit and say why; "
                + "an engine change that only makes things faster must not. First differences:\n  "
                + string.Join("\n  ", differences.Take(10)));
        });
    }

    private static string Write(EquivalenceMatch[] matches, string[] hashes)
    {
        var text = new StringBuilder();
        text.Append("# Result-equivalence fixture (tests/Debate.Opponents.Tests/Equivalence): the final state hash of 10,000 seeded\n")
            .Append("# matches, group by group (\"= scenario | line-up | count\", then one \"seed hash\" line per match).\n")
            .Append("# Regenerate only in a commit that deliberately changes results, and say why:\n")
            .Append("#   UPDATE_GOLDEN=1 dotnet test tests/Debate.Opponents.Tests --filter ResultEquivalence\n");
        string? group = null;
        for (var i = 0; i < matches.Length; i++)
        {
            if (matches[i].Group != group)
            {
                group = matches[i].Group;
                text.Append("= ").Append(group).Append(" | ").Append(matches.Count(m => m.Group == group)).Append('\n');
            }

            text.Append(matches[i].Seed).Append(' ').Append(hashes[i]).Append('\n');
        }

        return text.ToString();
    }

    private static Dictionary<(string Group, ulong Seed), string> Read(string text)
    {
        var result = new Dictionary<(string, ulong), string>();
        var group = string.Empty;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("= ", StringComparison.Ordinal))
            {
                group = line[2..line.LastIndexOf(" | ", StringComparison.Ordinal)];
                continue;
            }

            var parts = line.Split(' ');
            result[(group, ulong.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture))] = parts[1];
        }

        return result;
    }

    private static string Folder()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Debate.Opponents.Tests.csproj")))
            {
                return Path.Combine(dir.FullName, "Equivalence");
            }
        }

        throw new DirectoryNotFoundException("Cannot find tests/Debate.Opponents.Tests above the test output directory.");
    }
}
