using Debate.Core.Content;

namespace Debate.Scenarios.Reading;

/// <summary>The enumerated words of the format, shared by the reader, the schema and the authoring commands.</summary>
internal static class Vocabulary
{
    public static readonly Words<CardKind> CardKinds = new(("claim", CardKind.Claim), ("evidence", CardKind.Evidence), ("rebuttal", CardKind.Rebuttal));

    public static readonly Words<CardSide> CardSides = new(("alliance", CardSide.Alliance), ("partnership", CardSide.Partnership), ("either", CardSide.Either));

    public static readonly Words<Side> Sides = new(("alliance", Side.Alliance), ("partnership", Side.Partnership));

    public static readonly Words<ObjectiveKind> ObjectiveKinds = new(
        ("side-wins", ObjectiveKind.SideWins),
        ("standing-on-theme", ObjectiveKind.StandingOnTheme),
        ("no-opposing-on-theme", ObjectiveKind.NoOpposingOnTheme),
        ("rebuttals-landed", ObjectiveKind.RebuttalsLanded));

    public static readonly Words<PersonaAction> Actions = new(
        ("rebut-strongest", PersonaAction.RebutStrongest),
        ("support-weakest", PersonaAction.SupportWeakest),
        ("claim-on-theme", PersonaAction.ClaimOnTheme),
        ("strongest-claim", PersonaAction.StrongestClaim),
        ("end-speech", PersonaAction.EndSpeech));

    public static readonly Words<ConditionKind> Conditions = new(
        ("phase", ConditionKind.Phase),
        ("opponent-standing", ConditionKind.OpponentStanding),
        ("own-standing-below", ConditionKind.OwnStandingBelow),
        ("hand-has", ConditionKind.HandHas),
        ("time-left", ConditionKind.TimeLeft));

    public static readonly Words<RubricMeasure> Measures = new(
        ("arguments-standing", RubricMeasure.ArgumentsStanding),
        ("rebuttals-landed", RubricMeasure.RebuttalsLanded),
        ("evidence-used", RubricMeasure.EvidenceUsed),
        ("sources-cited", RubricMeasure.SourcesCited),
        ("dropped", RubricMeasure.Dropped),
        ("objective-met", RubricMeasure.ObjectiveMet));

    private static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        ["id"] = "id: A01",
        ["title"] = "title: Alliance or partnership?",
        ["motion"] = "motion: { text: ..., alliance: ..., partnership: ... }",
        ["hand_size"] = "hand_size: 5",
        ["themes"] = "themes: [security]",
        ["kind"] = "kind: claim",
        ["side"] = "side: alliance",
        ["tag"] = "tag: a one-line claim in your own words",
        ["body"] = "body: two or three sentences of paraphrase",
        ["strength"] = "strength: 3",
        ["cost"] = "cost: 1",
        ["cite"] = "cite: dai-2018 ¶4",
        ["share"] = "share: 20",
        ["opening"] = "opening: { for: 30, against: 40, undecided: 30 }",
        ["weights"] = "weights: { security: 3 }",
        ["objective"] = "objective: { kind: side-wins, text: Your side wins the debate. }",
        ["speeches"] = "speeches: [{ side: alliance, allow: [claim], time: 3 }]",
        ["allow"] = "allow: [claim, evidence]",
        ["time"] = "time: 3",
        ["effects"] = "effects: [{ weight: { theme: trade, delta: 1 } }]",
        ["delta"] = "delta: 1",
        ["theme"] = "theme: security",
        ["measure"] = "measure: arguments-standing",
        ["weight"] = "weight: 2",
        ["full_marks_at"] = "full_marks_at: 3",
        ["then"] = "then: rebut-strongest",
        ["reason"] = "reason: one line the opponent says",
        ["when"] = "when: [{ phase: Opening }]",
    };

    private static readonly Dictionary<string, string> Sections = new(StringComparer.Ordinal)
    {
        ["cards"] = "add a 'cards:' list with one '- id: ...' entry per card",
        ["blocs"] = "add a 'blocs:' list with one '- id: ...' entry per audience bloc",
        ["phases"] = "add a 'phases:' list with one '- name: ...' entry per phase",
        ["rules"] = "add a 'rules:' list of '- when: [...]' entries, each with then and reason",
    };

    /// <summary>A hint showing how the field is written, such as <c>add 'strength: 3'</c>.</summary>
    public static string HintFor(string key) =>
        Sections.TryGetValue(key, out var section) ? section
        : Examples.TryGetValue(key, out var example) ? $"add '{example}'"
        : $"add '{key}: ...'";

    /// <summary>The same hint for a field that is present but wrong: <c>write 'strength: 3'</c>.</summary>
    public static string ValueHintFor(string key) => "write" + HintFor(key)["add".Length..];
}
