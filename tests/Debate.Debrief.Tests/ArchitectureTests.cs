using System.Reflection;
using NUnit.Framework;

namespace Debate.Debrief.Tests;

public sealed class ArchitectureTests
{
    private static readonly Assembly Library = typeof(Debrief).Assembly;

    [Test]
    public void Debrief_References_OnlyCoreBogusAndTheRuntime()
    {
        var names = Library.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.That(names, Does.Not.Contain("YamlDotNet").And.Not.Contain("Spectre.Console").And.Not.Contain("Debate.Scenarios"));
        Assert.That(names.Where(n => n.StartsWith("Debate.", StringComparison.Ordinal)), Is.EqualTo(new[] { "Debate.Core" }));
    }

    [Test]
    public void PublicTypes_AreSealedOrStatic()
    {
        var open = Library.GetExportedTypes().Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName);

        Assert.That(open, Is.Empty);
    }

    [Test]
    public void PublicTypes_LiveInTheNamespaceOfTheirFolder()
    {
        var outside = Library.GetExportedTypes().Where(t => t.Namespace is not ("Debate.Debrief" or "Debate.Debrief.Model" or "Debate.Debrief.Rendering"));

        Assert.That(outside, Is.Empty);
    }
}
