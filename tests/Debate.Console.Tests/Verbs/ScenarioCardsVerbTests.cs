using Debate.Console.Verbs;
using NUnit.Framework;

namespace Debate.Console.Tests.Verbs;

/// <summary>`debate scenario cards`: what an instructor reads before the deck.</summary>
public sealed class ScenarioCardsVerbTests
{
    [Test]
    public void Cards_BuiltInScenario_StartsWithItsDescriptionThatBothAuthorsRejectAnAlliance()
    {
        using var output = new StringWriter();

        var code = ScenarioCardsVerb.Run("alliance-or-partnership", null, output);

        var lines = output.ToString().Split('\n');
        Assert.That(code, Is.Zero);
        Assert.That(lines[0], Is.EqualTo("Alliance or partnership?"));
        Assert.That(output.ToString(), Does.Contain("both argue against an alliance").And.Contain("advocates"));
        var about = lines.TakeWhile(l => l.Length > 0).ToList();
        Assert.That(about, Has.Count.GreaterThan(2));
        Assert.That(about.All(l => l.Length <= 100), Is.True, "the description is wrapped at 100 columns");
        Assert.That(lines[about.Count + 1], Does.StartWith("id"), "then the table");
        Assert.That(output.ToString(), Does.Contain("74 cards, 10 events"));
    }
}
