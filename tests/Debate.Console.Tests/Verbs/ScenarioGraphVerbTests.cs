using Debate.Console.Tests.Builders;
using NUnit.Framework;

namespace Debate.Console.Tests.Verbs;

/// <summary>`debate scenario graph`: the phase flow drawn from Stateless as DOT or by our own Mermaid writer.</summary>
public sealed class ScenarioGraphVerbTests
{
    private static readonly string Home = Path.GetTempPath();

    [Test]
    public void Graph_FormatDot_DrawsThePhaseFlowAsStatelesssUmlGraph()
    {
        var (code, stdout, stderr) = Cli.Run(Home, Home, "scenario", "graph", "alliance-or-partnership", "--format", "dot");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, stderr);
            Assert.That(stdout, Does.StartWith("digraph {"));
            Assert.That(stdout, Does.Contain("subgraph \"clusterRebuttal 2\"").And.Contain("entry / RevealEvent").And.Contain("exit / AudienceLeans"));
            Assert.That(stdout, Does.Contain("init -> \"Setup\""));
        });
    }

    [Test]
    public void Graph_PartPhases_IsMermaidWithRoundsAsComposites()
    {
        var (code, stdout, stderr) = Cli.Run(Home, Home, "scenario", "graph", "moscow-1950", "--part", "phases");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, stderr);
            Assert.That(stdout, Does.StartWith("stateDiagram-v2\n    [*] --> setup\n"));
            Assert.That(stdout, Does.Contain("state \"Cross-examination\" as round2 {"));
            Assert.That(stdout, Does.EndWith("verdict --> [*]\n"));
        });
    }

    [Test]
    public void Graph_FormatDotForTheAttackGraph_IsAUsageErrorOnOneLine()
    {
        var (code, stdout, stderr) = Cli.Run(Home, Home, "scenario", "graph", "alliance-or-partnership", "--format", "dot", "--part", "attacks");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(stdout, Is.Empty);
            Assert.That(stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(stderr, Does.Contain("--format dot draws the phase flow only"));
        });
    }
}
