using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Testing;

/// <summary>
/// A small scenario built in code, so tests depend on no file: six cards a side, two either-cards,
/// two events, two blocs, a role per side and the default format. One file, linked into every
/// test project that needs it (see each project's Compile item), so the copies cannot drift.
/// </summary>
public static class SampleScenario
{
    public static Scenario Build(int handSize = 5, ImmutableArray<Phase>? phases = null, ImmutableArray<Persona>? personas = null) => new(
        "sample",
        "Sample",
        new Motion("China and Russia should form a formal alliance.", "Ally", "Stay partners"),
        handSize,
        [new Theme("security", "Security"), new Theme("trade", "Trade"), new Theme("history", "History")],
        [
            Card("A1", CardKind.Claim, CardSide.Alliance, 3, 1, "security"),
            Card("A2", CardKind.Claim, CardSide.Alliance, 2, 1, "trade"),
            Card("A3", CardKind.Evidence, CardSide.Alliance, 1, 1, "security"),
            Card("A4", CardKind.Rebuttal, CardSide.Alliance, 3, 1, "history"),
            Card("A5", CardKind.Rebuttal, CardSide.Alliance, 4, 2, "security", targets: ["P1"]),
            Card("A6", CardKind.Claim, CardSide.Alliance, 4, 2, "history"),
            Card("P1", CardKind.Claim, CardSide.Partnership, 3, 1, "history"),
            Card("P2", CardKind.Claim, CardSide.Partnership, 2, 1, "trade"),
            Card("P3", CardKind.Evidence, CardSide.Partnership, 1, 1, "history"),
            Card("P4", CardKind.Rebuttal, CardSide.Partnership, 3, 1, "security"),
            Card("P5", CardKind.Rebuttal, CardSide.Partnership, 4, 2, "history", targets: ["A6"]),
            Card("P6", CardKind.Claim, CardSide.Partnership, 4, 2, "security"),
            Card("X1", CardKind.Claim, CardSide.Either, 2, 1, "trade"),
            Card("X2", CardKind.Rebuttal, CardSide.Either, 2, 1, "trade"),
            Event("E1", new EventEffect(EffectKind.ThemeWeight, "trade", 2)),
            Event("E2", new EventEffect(EffectKind.Strength, "security", 1, Side.Alliance)),
        ],
        [
            new Bloc("beijing", "Beijing", 60, new Vote(20, 40, 40), ImmutableDictionary<string, int>.Empty.Add("security", 3).Add("history", 2)),
            new Bloc("business", "Business", 40, new Vote(30, 30, 40), ImmutableDictionary<string, int>.Empty.Add("trade", 3)),
        ],
        [
            new Role("hawk", "Hawk", Side.Alliance, "Presses security.", new Objective(ObjectiveKind.StandingOnTheme, "security", 1, "Keep a security argument standing.")),
            new Role("dove", "Diplomat", Side.Partnership, "Keeps options open.", new Objective(ObjectiveKind.SideWins, null, 0, "Win.")),
        ],
        phases ?? DefaultPhases,
        personas ?? [],
        []);

    public static readonly ImmutableArray<Phase> DefaultPhases =
    [
        new("Opening", 1, false, [Speech(Side.Alliance, CardKind.Claim, CardKind.Evidence), Speech(Side.Partnership, CardKind.Claim, CardKind.Evidence)]),
        new("Rebuttal", 2, true, [Speech(Side.Alliance, CardKind.Claim, CardKind.Evidence, CardKind.Rebuttal), Speech(Side.Partnership, CardKind.Claim, CardKind.Evidence, CardKind.Rebuttal)]),
        new("Closing", 1, false, [Speech(Side.Partnership, CardKind.Evidence, CardKind.Rebuttal), Speech(Side.Alliance, CardKind.Evidence, CardKind.Rebuttal)]),
    ];

    public static Speech Speech(Side side, params CardKind[] kinds) => new(side, [.. kinds], 3, 1);

    public static Card Card(string id, CardKind kind, CardSide side, int strength, int cost, string theme, string[]? targets = null) =>
        new(new CardId(id), $"Tag {id}", $"Body {id}.", kind, side, [theme], strength, cost, new Citation("doc", 1), null,
            targets is null ? [] : [.. targets.Select(t => new CardId(t))], null, []);

    private static Card Event(string id, EventEffect effect) =>
        new(new CardId(id), $"News {id}", $"Body {id}.", CardKind.Event, CardSide.Either, [], 0, 0, new Citation("doc", 2), null, [], null, [effect]);
}
