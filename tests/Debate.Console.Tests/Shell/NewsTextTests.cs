using Debate.Console.Pages;
using Debate.Core.Content;
using Debate.Scenarios;
using NUnit.Framework;

namespace Debate.Console.Tests.Shell;

/// <summary>The news panel's line for each effect of each event says what the effect does: which theme, which bloc or side, and by how much.</summary>
[TestFixture]
public sealed class NewsTextTests
{
    [Test]
    public void Effect_EveryEventOfTheBuiltInScenarios_NamesTheThemeTheBlocOrSideAndTheSignedAmount()
    {
        var checkedEffects = 0;
        foreach (var name in BuiltInScenarios.Names)
        {
            var scenario = BuiltInScenarios.Load(name);
            foreach (var effect in scenario.Events.SelectMany(e => e.Effects))
            {
                var theme = scenario.Themes.Single(t => t.Id == effect.Theme).Name;
                var amount = $"{(effect.Delta >= 0 ? "+" : "-")}{Math.Abs(effect.Delta)}";
                var expected = effect.Kind == EffectKind.ThemeWeight
                    ? $"{theme}: weight {amount} with {(effect.Bloc is null ? "every bloc" : scenario.Blocs.Single(b => b.Id == effect.Bloc).Name)}."
                    : $"{(effect.Side is Side side ? $"{side} arguments" : "Arguments of both sides")} on {theme}: strength {amount}.";

                Assert.That(NewsText.Effect(scenario, effect), Is.EqualTo(expected), $"{name}: {effect}");
                checkedEffects++;
            }
        }

        Assert.That(checkedEffects, Is.GreaterThan(10), "the built-in scenarios' events carry effects of both kinds");
    }
}
