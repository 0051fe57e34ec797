using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Core.Tests.Builders;

/// <summary>
/// A scenario with the sample's defaults (see <see cref="SampleScenario"/>), where a test changes
/// only what it is about: a card, the blocs, the roles, the phase script, the hand size.
/// </summary>
public sealed class ScenarioBuilder
{
    private readonly Scenario sample = SampleScenario.Build();
    private readonly List<Card> cards;
    private string id = "sample";
    private int handSize = 5;
    private ImmutableArray<Bloc> blocs;
    private ImmutableArray<Role> roles;
    private ImmutableArray<Phase> phases = SampleScenario.DefaultPhases;

    public ScenarioBuilder()
    {
        cards = [.. sample.Cards];
        blocs = sample.Blocs;
        roles = sample.Roles;
    }

    public ScenarioBuilder WithId(string value)
    {
        id = value;
        return this;
    }

    public ScenarioBuilder WithHandSize(int value)
    {
        handSize = value;
        return this;
    }

    /// <summary>Adds the card, or replaces the card with the same id.</summary>
    public ScenarioBuilder WithCard(Card card)
    {
        var at = cards.FindIndex(c => c.Id == card.Id);
        if (at >= 0)
        {
            cards[at] = card;
        }
        else
        {
            cards.Add(card);
        }

        return this;
    }

    /// <summary>Changes one card of the sample.</summary>
    public ScenarioBuilder WithCard(string cardId, Func<Card, Card> change) =>
        WithCard(change(cards.Single(c => c.Id.Value == cardId)));

    public ScenarioBuilder WithoutCard(string cardId)
    {
        cards.RemoveAll(c => c.Id.Value == cardId);
        return this;
    }

    /// <summary>Removes every event from the world deck.</summary>
    public ScenarioBuilder WithoutEvents()
    {
        cards.RemoveAll(c => c.Kind == CardKind.Event);
        return this;
    }

    public ScenarioBuilder WithBlocs(params Bloc[] value)
    {
        blocs = [.. value];
        return this;
    }

    public ScenarioBuilder WithRoles(params Role[] value)
    {
        roles = [.. value];
        return this;
    }

    public ScenarioBuilder WithPhases(params Phase[] value)
    {
        phases = [.. value];
        return this;
    }

    public Scenario Build() => new(
        id, sample.Title, sample.Motion, handSize, sample.Themes, [.. cards], blocs, roles, phases, [], []);

    /// <summary>A bloc with one theme weight (or none) and an opening split.</summary>
    public static Bloc Bloc(string id, int share, Vote opening, params (string Theme, int Weight)[] weights) =>
        new(id, id, share, opening, weights.ToImmutableDictionary(w => w.Theme, w => w.Weight));

    /// <summary>An event card with effects.</summary>
    public static Card Event(string id, params EventEffect[] effects) =>
        new(new CardId(id), $"News {id}", $"Body {id}.", CardKind.Event, CardSide.Either, [], 0, 0, new Citation("doc", 2), null, [], null, [.. effects]);

    /// <summary>A role whose secret objective is <paramref name="objective"/>.</summary>
    public static Role Role(string id, Side side, ObjectiveKind objective, string? theme = null, int count = 1) =>
        new(id, $"Title {id}", side, $"Brief {id}.", new Objective(objective, theme, count, $"Objective {id}."));
}
