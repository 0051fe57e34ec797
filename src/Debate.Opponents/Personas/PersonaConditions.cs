using Debate.Core.Content;
using Debate.Opponents.Reading;

namespace Debate.Opponents.Personas;

/// <summary>Tests the <c>when</c> list of a persona rule against a seat's reading of the floor.</summary>
internal static class PersonaConditions
{
    /// <summary>Whether every condition of <paramref name="rule"/> holds.</summary>
    public static bool AllHold(PersonaRule rule, FloorReading reading) =>
        rule.When.IsDefaultOrEmpty || rule.When.All(c => Holds(c, reading));

    public static bool Holds(PersonaCondition condition, FloorReading reading) => condition.Kind switch
    {
        ConditionKind.Phase => string.Equals(reading.View.CurrentSpeech?.PhaseName, condition.Value, StringComparison.OrdinalIgnoreCase),
        ConditionKind.OpponentStanding => CountStanding(reading, reading.Side.Opponent(), condition.Value) >= condition.Count,
        ConditionKind.OwnStandingBelow => CountStanding(reading, reading.Side, condition.Value) < condition.Count,
        ConditionKind.HandHas => reading.View.Hand.Any(id => IsKind(reading.Scenario.Card(id).Kind, condition.Value)),
        ConditionKind.TimeLeft => reading.View.TimeLeft >= condition.Count,
        _ => false,
    };

    private static int CountStanding(FloorReading reading, Side side, string? theme) =>
        reading.Standing(side).Count(a => string.IsNullOrEmpty(theme) || reading.CardOf(a).Themes.Contains(theme));

    private static bool IsKind(CardKind kind, string? name) =>
        Enum.TryParse<CardKind>(name, ignoreCase: true, out var wanted) && kind == wanted;
}
