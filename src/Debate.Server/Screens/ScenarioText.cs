using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Debate.Core.Content;

namespace Debate.Server.Screens;

/// <summary>
/// A scenario's text as pages show it, through <see cref="Shown"/> once per scenario instead of on
/// every screen: a loaded scenario never changes, and its text (motion, card tags, bodies,
/// citations) is most of what a screen carries. Under load (200 rooms) sanitising the same card
/// bodies again for every seat after every move was a tenth of the server's CPU.
/// </summary>
internal sealed class ScenarioText
{
    // Keyed by the scenario object itself, which the shelf loads once; dropped with it.
    private static readonly ConditionalWeakTable<Scenario, ScenarioText> Known = [];

    private readonly Scenario scenario;
    private readonly ConcurrentDictionary<CardId, CardText> cards = new();

    private ScenarioText(Scenario scenario)
    {
        this.scenario = scenario;
        Title = Shown.Text(scenario.Title);
        Motion = Shown.Text(scenario.Motion.Text);
        AllianceCase = Shown.Text(scenario.Motion.AllianceCase);
        PartnershipCase = Shown.Text(scenario.Motion.PartnershipCase);
    }

    public string Title { get; }

    public string Motion { get; }

    public string AllianceCase { get; }

    public string PartnershipCase { get; }

    public static ScenarioText Of(Scenario scenario) => Known.GetValue(scenario, s => new ScenarioText(s));

    /// <summary>A card's text, shown.</summary>
    public CardText Card(CardId id) => cards.GetOrAdd(id, static (id, s) => CardText.Of(s.Card(id)), scenario);
}

/// <summary>
/// One card's text as shown, and the card as a hand shows it while its holder does not have the
/// floor (no moves, no refusal: the same for every seat and every move, so built once).
/// </summary>
internal sealed record CardText(string Tag, string Body, string Citation, IReadOnlyList<string> Themes, CardPart Idle)
{
    public static CardText Of(Card card)
    {
        var tag = Shown.Text(card.Tag);
        var body = Shown.Block(card.Body);
        var citation = Shown.Text(card.Citation.ToString());
        IReadOnlyList<string> themes = [.. card.Themes.Select(Shown.Text)];
        var idle = new CardPart(card.Id.Value, tag, body, card.Kind.ToString().ToLowerInvariant(), card.Strength, card.Cost, themes, citation, [], null, []);
        return new CardText(tag, body, citation, themes, idle);
    }
}
