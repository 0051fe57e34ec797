using System.Globalization;
using Debate.Core.Content;
using Debate.Core.Tests.Builders;
using NUnit.Framework;

namespace Debate.Core.Tests.Content;

public sealed class ScenarioHashTests
{
    [Test]
    public void Of_TheSameContentBuiltTwice_IsEqual()
    {
        Assert.That(SampleScenario.Build().ContentHash, Is.EqualTo(SampleScenario.Build().ContentHash).And.Match("^[0-9a-f]{16}$"));
    }

    private static readonly (string Name, Func<ScenarioBuilder, ScenarioBuilder> Change)[] Changes =
    [
        ("hand size", b => b.WithHandSize(4)),
        ("a card's strength", b => b.WithCard("A1", c => c with { Strength = 4 })),
        ("a card's cost", b => b.WithCard("A1", c => c with { Cost = 2 })),
        ("a card's themes", b => b.WithCard("A1", c => c with { Themes = ["trade"] })),
        ("a card's side", b => b.WithCard("X1", c => c with { Side = CardSide.Alliance })),
        ("a card's targets", b => b.WithCard("A4", c => c with { Targets = [new CardId("P1")] })),
        ("a card's boost", b => b.WithCard("A1", c => c with { Boost = new EventBoost(new CardId("E1"), 1) })),
        ("an event's effect", b => b.WithCard(ScenarioBuilder.Event("E1", new EventEffect(EffectKind.ThemeWeight, "trade", 3)))),
        ("a card's tag", b => b.WithCard("A1", c => c with { Tag = "Other" })),
        ("a card more", b => b.WithCard(SampleScenario.Card("A9", CardKind.Claim, CardSide.Alliance, 1, 1, "trade"))),
        ("a bloc's opening", b => b.WithBlocs(ScenarioBuilder.Bloc("beijing", 60, new Vote(21, 39, 40), ("security", 3)))),
        ("a role's objective", b => b.WithRoles(ScenarioBuilder.Role("hawk", Side.Alliance, ObjectiveKind.SideWins))),
        ("the phase script", b => b.WithPhases(SampleScenario.DefaultPhases[0], SampleScenario.DefaultPhases[2])),
        ("the id", b => b.WithId("other")),
    ];

    private static IEnumerable<TestCaseData> ChangeCases() => Changes.Select(c => new TestCaseData(c.Change).SetArgDisplayNames(c.Name));

    [TestCaseSource(nameof(ChangeCases))]
    public void Of_ContentDifferingInWhatAffectsPlay_IsDifferent(Func<ScenarioBuilder, ScenarioBuilder> change)
    {
        Assert.That(change(new ScenarioBuilder()).Build().ContentHash, Is.Not.EqualTo(new ScenarioBuilder().Build().ContentHash));
    }

    [TestCase("de-DE")]
    [TestCase("sv-SE")]
    [TestCase("ar-SA")]
    [TestCase("fa-IR")]
    public void Of_DoesNotDependOnTheCultureOfTheMachine(string culture)
    {
        // A fractional opening vote and a negative effect are written differently in other cultures.
        var builder = new ScenarioBuilder()
            .WithBlocs(ScenarioBuilder.Bloc("room", 100, new Vote(20.5, 40, 39.5), ("security", 3)))
            .WithCard(ScenarioBuilder.Event("E2", new EventEffect(EffectKind.Strength, "security", -1)));
        var invariant = WithCulture(CultureInfo.InvariantCulture, () => builder.Build().ContentHash);

        var local = WithCulture(new CultureInfo(culture), () => builder.Build().ContentHash);

        Assert.That(local, Is.EqualTo(invariant));
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
