using System.Collections.Immutable;
using Debate.Core.Content;

namespace Debate.Debrief.Tests.Builders;

/// <summary>
/// A small scenario built in code (after tests/Debate.Core.Tests/Builders/SampleScenario.cs) with
/// tags that read as sentences, proper nouns, characters that need escaping in every format,
/// citations into two documents, and two roles a side.
/// </summary>
public static class SampleScenario
{
    public static Scenario Build(ImmutableArray<RubricCriterion>? rubric = null) => new(
        "sample",
        "Sample debate",
        new Motion("China and Russia should form a formal alliance.", "Sign a treaty of alliance.", "Keep the partnership, no treaty."),
        5,
        [new Theme("security", "Security"), new Theme("trade", "Trade & sanctions"), new Theme("history", "History")],
        [
            Card("A1", "Pressure from Washington now falls on Beijing and Moscow alike, on trade and on security.", CardKind.Claim, CardSide.Alliance, 3, 1, "security", "Washington now threatens both capitals at once", "dai-2018", 10),
            Card("A2", "Russia sells energy; China buys it and lends. Needs that fit this well make lasting alliances.", CardKind.Claim, CardSide.Alliance, 2, 1, "trade", "Complementary economies give an alliance a durable base", "dai-2018", 20),
            Card("A3", "Patrols near the Paracels and arms for Taiwan show the pressure is real.", CardKind.Evidence, CardSide.Alliance, 1, 1, "security", "US warships keep patrolling the South China Sea", "dai-2018", 12),
            Card("A4", "Each of the three alliances broke over problems that no longer exist.", CardKind.Rebuttal, CardSide.Alliance, 3, 1, "history", "The old treaties failed for reasons that are gone", "zhao-2021", 14),
            Card("A5", "Beijing has aligned before when it had to; Deng's rule was a choice, not a law.", CardKind.Rebuttal, CardSide.Alliance, 4, 2, "security", "Non-alignment is a tool, not a creed", "zhao-2021", 21, ["P1"]),
            Card("A6", "Goodwill can be withdrawn overnight; a treaty obligation cannot be ignored quietly.", CardKind.Claim, CardSide.Alliance, 4, 2, "history", "Only a treaty guarantees the other will fight beside you", "zhao-2021", 17),
            Card("P1", "The treaties of 1896, 1945 and 1950 all began in hope and ended in bitterness.", CardKind.Claim, CardSide.Partnership, 3, 1, "history", "Three alliances, three bitter endings", "zhao-2021", 14),
            Card("P2", "The economies of China and the US remain bound together; an alliance with Moscow would put that at risk.", CardKind.Claim, CardSide.Partnership, 2, 1, "trade", "Trade with the US is worth > $600 billion a year", "dai-2018", 28),
            Card("P3", "After Zhenbao Island in 1969 the treaty was a dead letter.", CardKind.Evidence, CardSide.Partnership, 1, 1, "history", "The 1950 treaty lapsed \"unrenewed\" in 1980", "zhao-2021", 13),
            Card("P4", "States ally when danger is acute, and Beijing does not see Washington that way.", CardKind.Rebuttal, CardSide.Partnership, 3, 1, "security", "Beijing sees no imminent threat that would justify a bloc", "dai-2018", 25),
            Card("P5", "Deng chose non-alignment after the split with Moscow left China alone.", CardKind.Rebuttal, CardSide.Partnership, 4, 2, "history", "Allies tie a country's hands | Deng said so in 1986", "dai-2018", 26, ["A6"]),
            Card("P6", "At the Bo'ao Forum Xi called for partnership instead of alliance.", CardKind.Claim, CardSide.Partnership, 4, 2, "security", "Xi rejected the alliance model at Bo'ao in 2018", "dai-2018", 23),
            Card("X1", "Western sanctions leave Moscow few other buyers.", CardKind.Claim, CardSide.Either, 2, 1, "trade", "Sanctions push Moscow towards Chinese markets <fast>", "dai-2018", 20),
            Card("X2", "Neither economy can replace the markets of Europe and the US.", CardKind.Rebuttal, CardSide.Either, 2, 1, "trade", "*Both* economies need the West more than each other", "dai-2018", 29),
            Event("E1", "The tariffs start in June; Beijing promises to answer in kind.", "Washington announces 25% tariffs on $50 billion of goods", "dai-2018", 11, new EventEffect(EffectKind.ThemeWeight, "trade", 2)),
            Event("E2", "At the Valdai Club Putin said an alliance is possible in theory.", "Putin calls an alliance possible in theory", "zhao-2021", 4, new EventEffect(EffectKind.Strength, "security", 1, Side.Alliance)),
        ],
        [
            new Bloc("beijing", "Beijing establishment", 60, new Vote(20, 40, 40), ImmutableDictionary<string, int>.Empty.Add("security", 3).Add("history", 2)),
            new Bloc("business", "Business & energy", 40, new Vote(30, 30, 40), ImmutableDictionary<string, int>.Empty.Add("trade", 3)),
        ],
        [
            new Role("hawk", "Security hawk", Side.Alliance, "Presses security.", new Objective(ObjectiveKind.StandingOnTheme, "security", 1, "Keep a security argument standing.")),
            new Role("strategist", "Valdai strategist", Side.Alliance, "Sees a new world order.", new Objective(ObjectiveKind.RebuttalsLanded, null, 1, "Land a rebuttal.")),
            new Role("dove", "Diplomat", Side.Partnership, "Keeps options open.", new Objective(ObjectiveKind.SideWins, null, 0, "Win the room.")),
            new Role("historian", "Historian", Side.Partnership, "Remembers 1969.", new Objective(ObjectiveKind.NoOpposingOnTheme, "history", 0, "Leave no Alliance history argument standing.")),
        ],
        DefaultPhases,
        [],
        rubric ?? []);

    public static readonly ImmutableArray<Phase> DefaultPhases =
    [
        new("Opening", 1, false, [Speech(Side.Alliance, CardKind.Claim, CardKind.Evidence), Speech(Side.Partnership, CardKind.Claim, CardKind.Evidence)]),
        new("Rebuttal", 2, true, [Speech(Side.Alliance, CardKind.Claim, CardKind.Evidence, CardKind.Rebuttal), Speech(Side.Partnership, CardKind.Claim, CardKind.Evidence, CardKind.Rebuttal)]),
        new("Closing", 1, false, [Speech(Side.Partnership, CardKind.Evidence, CardKind.Rebuttal), Speech(Side.Alliance, CardKind.Evidence, CardKind.Rebuttal)]),
    ];

    public static Speech Speech(Side side, params CardKind[] kinds) => new(side, [.. kinds], 3, 1);

    private static Card Card(string id, string body, CardKind kind, CardSide side, int strength, int cost, string theme, string tag, string doc, int paragraph, string[]? targets = null) =>
        new(new CardId(id), tag, body, kind, side, [theme], strength, cost, new Citation(doc, paragraph), null,
            targets is null ? [] : [.. targets.Select(t => new CardId(t))], null, []);

    private static Card Event(string id, string body, string tag, string doc, int paragraph, EventEffect effect) =>
        new(new CardId(id), tag, body, CardKind.Event, CardSide.Either, [], 0, 0, new Citation(doc, paragraph), null, [], null, [effect]);
}
