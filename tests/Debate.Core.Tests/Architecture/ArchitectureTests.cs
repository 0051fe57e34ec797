using System.Reflection;
using System.Runtime.CompilerServices;
using Debate.Core.Play;
using Debate.Opponents;
using NUnit.Framework;

namespace Debate.Core.Tests.Architecture;

public sealed class ArchitectureTests
{
    private static readonly Assembly Core = typeof(Match).Assembly;
    private static readonly Assembly Opponents = typeof(IOpponent).Assembly;

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Debate.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Debate.sln not found above the test directory.");
    }

    private static IEnumerable<string> CoreSources() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src", "Debate.Core"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [Test]
    public void Core_ReferencesOnlySystemAssembliesAndStateless()
    {
        var references = Core.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(references, Has.All.Matches<string>(n => n == "System" || n.StartsWith("System.", StringComparison.Ordinal) || n == "Stateless"),
                string.Join(", ", references));
            Assert.That(references, Does.Contain("Stateless"), "the phase flow is defined in Stateless");
            Assert.That(references, Has.None.Contains("YamlDotNet").And.None.Contains("Spectre"));
        });
    }

    [Test]
    public void Stateless_ReferencesOnlyTheBaseClassLibrary()
    {
        var stateless = Core.GetReferencedAssemblies().Single(a => a.Name == "Stateless");
        var references = Assembly.Load(stateless).GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.That(references, Has.All.Matches<string>(n => n is "System" or "mscorlib" or "netstandard" || n.StartsWith("System.", StringComparison.Ordinal)),
            string.Join(", ", references));
    }

    [Test]
    public void Core_ProjectFile_HasStatelessAsItsOnlyPackageAndNoProjectReferences()
    {
        var project = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Debate.Core", "Debate.Core.csproj"));
        var packages = System.Text.RegularExpressions.Regex.Matches(project, "PackageReference Include=\"([^\"]+)\"").Select(m => m.Groups[1].Value);

        Assert.Multiple(() =>
        {
            Assert.That(packages, Is.EqualTo(new[] { "Stateless" }));
            Assert.That(project, Does.Not.Contain("ProjectReference"));
        });
    }

    [Test]
    public void Core_HasNoPublicSettableProperties()
    {
        var settable = Core.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true } setter
                    && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                .Select(p => $"{t.Name}.{p.Name}"))
            .ToList();

        Assert.That(settable, Is.Empty);
    }

    [Test]
    public void Core_HasNoPublicWritableFields()
    {
        var writable = Core.GetExportedTypes().Where(t => !t.IsEnum)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(f => !f.IsInitOnly && !f.IsLiteral)
                .Select(f => $"{t.Name}.{f.Name}"))
            .ToList();

        Assert.That(writable, Is.Empty);
    }

    [Test]
    public void Core_PublicTypes_AreSealedStaticEnumsOrInterfaces()
    {
        var open = Core.GetExportedTypes()
            .Where(t => !(t.IsSealed || t.IsInterface || t.IsEnum || (t.IsAbstract && t.IsSealed)))
            .Select(t => t.FullName)
            .ToList();

        Assert.That(open, Is.Empty);
    }

    [Test]
    public void Core_PublicTypes_EachLiveInAFileOfTheirNameInTheFolderOfTheirNamespace()
    {
        var root = Path.Combine(RepositoryRoot(), "src");
        var missing = Core.GetExportedTypes().Where(t => !t.IsNested)
            .Select(t => Path.Combine([root, "Debate.Core", .. t.Namespace!["Debate.Core".Length..].Split('.', StringSplitOptions.RemoveEmptyEntries), t.Name.Split('`')[0] + ".cs"]))
            .Where(path => !File.Exists(path))
            .ToList();

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Core_Sources_UseNoClockNoUnseededRandomnessAndNoIO()
    {
        string[] forbidden = ["DateTime.Now", "DateTime.UtcNow", "DateTimeOffset.Now", "new Random(", "Random.Shared", "Guid.NewGuid", "Environment.TickCount", "Stopwatch", "File.", "Directory.", "Console."];

        var found = CoreSources()
            .SelectMany(path => File.ReadAllLines(path).Select((line, i) => (path, line, i)))
            .Where(x => forbidden.Any(f => x.line.Contains(f, StringComparison.Ordinal)))
            .Select(x => $"{Path.GetFileName(x.path)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();

        Assert.That(found, Is.Empty);
    }

    [Test]
    public void Opponents_DoNotReferenceScenarios()
    {
        var references = Opponents.GetReferencedAssemblies().Select(a => a.Name).ToList();
        var project = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Debate.Opponents", "Debate.Opponents.csproj"));

        Assert.Multiple(() =>
        {
            Assert.That(references, Does.Contain("Debate.Core"));
            Assert.That(references, Has.None.StartsWith("Debate.Scenarios"));
            Assert.That(project, Does.Not.Contain("Debate.Scenarios"));
        });
    }

    [Test]
    public void Opponents_SeeOnlyAPlayerViewAndTheLegalMoves()
    {
        // Both doors: the list of moves, and the engine's listing of them (which shows the moves and not the position).
        var chooses = typeof(IOpponent).GetMethods().Where(m => m.Name == nameof(IOpponent.Choose)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(chooses, Has.Count.EqualTo(2));
            Assert.That(chooses.SelectMany(c => c.GetParameters()).Select(p => p.ParameterType), Has.None.EqualTo(typeof(Match)));
            Assert.That(typeof(MoveListing).GetProperties().Select(p => p.PropertyType), Is.EquivalentTo(new[] { typeof(int), typeof(Move) }));
            Assert.That(typeof(MoveListing).GetMethods().Select(m => m.ReturnType), Has.None.EqualTo(typeof(Match)));
            Assert.That(typeof(PlayerView).GetProperties().Select(p => p.PropertyType), Has.None.EqualTo(typeof(Match)));
            Assert.That(typeof(PlayerView).GetProperties().Select(p => p.Name), Has.None.EqualTo("Hands").And.None.EqualTo("AllianceDeck"));
        });
    }
}
