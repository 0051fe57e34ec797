using Debate.Scenarios.Tests.Builders;
using Debate.Scenarios.Validation;
using NUnit.Framework;

namespace Debate.Scenarios.Tests.Validation;

/// <summary>An anchor cut from behind a negation reads as the opposite of its source; the validator warns.</summary>
[TestFixture]
public sealed class NegationTests
{
    // The four anchors the issue found (built-in A02, P03, P26 and moscow-1950 A16), with their paragraphs' words cut short.
    [TestCase("Neither China nor Russia could join the western camp.", "could join the western camp", "nor Russia")]
    [TestCase("No indication that China sees an imminent security threat.", "China sees an imminent security threat", "No indication that")]
    [TestCase("It does not have to cross the political principle.", "cross the political principle", "not have to")]
    [TestCase("nor is it a policy adopted by most countries.", "a policy adopted by most countries", "nor is it")]
    [TestCase("the alliance will not be an alliance of unequal partners", "an alliance of unequal partners", "not be")]
    [TestCase("They didn't sign a pact that spring.", "sign a pact", "didn't")]
    [TestCase("China won\u2019t join any bloc.", "join any bloc", "won't")]
    [TestCase("a pact would drag the town into quarrels it never chose", "chose", "never")]
    [TestCase("Nobody could say it was not unknown.", "unknown", "not")]
    public void Before_AnchorCutFromBehindANegation_NamesTheWordsCutOff(string paragraph, string anchor, string lead) =>
        Assert.That(Negation.Before(paragraph, anchor), Is.EqualTo(lead));

    [TestCase("the alliance will not be an alliance of unequal partners", "will not be an alliance of unequal partners")]
    [TestCase("Not so, said the council: the towns agreed to keep trading.", "the towns agreed to keep trading")]
    [TestCase("No one doubted then that the towns would keep trading.", "keep trading")]
    [TestCase("They will sign a pact. They will not sign a pact.", "sign a pact")]
    [TestCase("It was not nonsense.", "sense")]
    [TestCase("The knot held.", "held")]
    public void Before_AnchorThatKeepsOrIsClearOfTheNegation_IsNotFlagged(string paragraph, string anchor) =>
        Assert.That(Negation.Before(paragraph, anchor), Is.Null);

    [Test]
    public void Load_ClaimCitingContext_WarnsButEvidenceAndEventsMayCiteFacts()
    {
        var claim = Fixture.Load(Fixture.With("    themes: [trade]\n    strength: 2\n    cost: 1\n    cite: doc-a ¶3", "    themes: [trade]\n    strength: 2\n    cost: 1\n    cite: doc-a ¶6"));
        var evidence = Fixture.Load(Fixture.With("    themes: [trade, trust]\n    strength: 1\n    cost: 1\n    cite: doc-a ¶3", "    themes: [trade, trust]\n    strength: 1\n    cost: 1\n    cite: doc-a ¶6"));

        Assert.That(claim.Diagnostics.Select(d => d.Message), Has.Exactly(1).StartsWith("card X01: a claim cites doc-a ¶6, which carries no argument"));
        Assert.That(claim.Succeeded, Is.True, "a warning, not an error");
        Assert.That(evidence.Diagnostics, Is.Empty, "evidence reports facts; the event E01 cites the same paragraph");
    }

    [Test]
    public void Load_BuiltInScenarios_HaveNoAnchorCutFromANegation()
    {
        if (Fixture.SharedSources is not { } sources)
        {
            Assert.Ignore("The source articles (../shared/seeds) are not on this machine.");
            return;
        }

        foreach (var name in BuiltInScenarios.Names)
        {
            var path = Path.Combine(Fixture.RepoRoot, "scenarios", name + ".yaml");
            var result = ScenarioLoader.LoadFile(path, new LoadOptions { SourcesDirectory = sources });

            Assert.That(result.Diagnostics.Select(d => d.Message), Has.None.Contains("directly follows"), name);
        }
    }
}
