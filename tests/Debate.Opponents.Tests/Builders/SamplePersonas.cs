using Debate.Core.Content;

namespace Debate.Opponents.Tests.Builders;

/// <summary>Two personas for the sample scenario: a hawk who presses security and a trader who opens on trade.</summary>
public static class SamplePersonas
{
    public static readonly Persona Hawk = new(
        "hawk", "The hawk", "Presses the security case.", ["security"],
        [
            new([new(ConditionKind.OpponentStanding, "security", 1), new(ConditionKind.HandHas, "rebuttal", 0)], PersonaAction.RebutStrongest, null, "Nobody waves away the threat we face."),
            new([new(ConditionKind.Phase, "Opening", 0)], PersonaAction.ClaimOnTheme, "security", "This debate is about security."),
            new([new(ConditionKind.Phase, "Closing", 0), new(ConditionKind.TimeLeft, null, 3)], PersonaAction.EndSpeech, null, "I rest on what stands."),
        ]);

    public static readonly Persona Trader = new(
        "trader", "The trader", "Opens on trade and supports its weakest point.", ["trade"],
        [
            new([new(ConditionKind.Phase, "Opening", 0)], PersonaAction.ClaimOnTheme, "trade", "Trade is what the room came for."),
            new([new(ConditionKind.OwnStandingBelow, null, 3), new(ConditionKind.HandHas, "evidence", 0)], PersonaAction.SupportWeakest, null, "Our weakest point needs support."),
            new([], PersonaAction.StrongestClaim, null, "Our strongest claim next."),
        ]);
}
